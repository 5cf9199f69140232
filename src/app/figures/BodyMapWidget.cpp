#include "figures/BodyMapWidget.h"

#include "LibraryRepository.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>

namespace unknot {

namespace {

QString viewName(BodyMapArt::View view)
{
    return view == BodyMapArt::View::Back ? BodyMapWidget::tr("Back") : BodyMapWidget::tr("Front");
}

} // namespace

BodyMapWidget::BodyMapWidget(BodyMapPainter::Accent accent, QWidget* parent)
    : QWidget(parent)
    , m_accent(accent)
    , m_flip(new QToolButton(this))
{
    setObjectName(QStringLiteral("bodyMap"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Body map"));
    m_flip->setObjectName(QStringLiteral("bodyMapFlip"));
    m_flip->setAutoRaise(true);
    connect(m_flip, &QToolButton::clicked, this, &BodyMapWidget::flip);
    setViews(m_views);
}

void BodyMapWidget::setViews(const QList<BodyMapArt::View>& views)
{
    m_views = views.isEmpty() ? QList<BodyMapArt::View>{BodyMapArt::View::Back} : views;
    const bool one = m_views.size() == 1;
    m_flip->setVisible(one);
    if (one) {
        const auto other = m_views.first() == BodyMapArt::View::Back ? BodyMapArt::View::Front : BodyMapArt::View::Back;
        m_flip->setText(other == BodyMapArt::View::Front ? tr("Show front") : tr("Show back"));
        m_flip->setToolTip(other == BodyMapArt::View::Front ? tr("Show the front of the body")
                                                            : tr("Show the back of the body"));
    }
    m_masks.clear();
    m_hover.clear();
    if (!m_current.isEmpty() && !m_views.contains(BodyMapArt::shared().viewOf(m_current))) {
        m_current.clear();
    }
    resizeEvent(nullptr);
    updateGeometry();
    update();
}

void BodyMapWidget::showViewsOfMarks(bool allowBoth)
{
    int counts[2] = {0, 0};
    for (int view = 0; view < 2; ++view) {
        for (const auto& region : BodyMapArt::shared().regions(static_cast<BodyMapArt::View>(view))) {
            counts[view] += m_marks.tones.contains(region.siteKey()) || region.siteKey() == m_marks.worst;
        }
    }
    if (allowBoth && counts[0] > 0 && counts[1] > 0) {
        setViews({BodyMapArt::View::Back, BodyMapArt::View::Front});
    } else {
        setViews({counts[1] > counts[0] ? BodyMapArt::View::Front : BodyMapArt::View::Back});
    }
}

QHash<QString, QString> BodyMapWidget::placeNames(const LibraryRepository& library)
{
    QHash<QString, QString> names;
    for (const QString& area : Muscle::areas()) {
        names.insert(BodyMapRegion::siteKey(PainSite::Kind::Area, area), Muscle::areaName(area));
    }
    for (const auto& muscle : library.list(ItemKind::Muscle)) {
        names.insert(BodyMapRegion::siteKey(PainSite::Kind::Muscle, muscle.ref.id), muscle.name);
    }
    return names;
}

QHash<QString, QString> BodyMapWidget::muscleAreas(const LibraryRepository& library)
{
    QHash<QString, QString> areas;
    for (const auto& summary : library.list(ItemKind::Muscle)) {
        if (const auto muscle = library.muscle(summary.ref.id)) {
            areas.insert(muscle->id, muscle->area);
        }
    }
    return areas;
}

void BodyMapWidget::setNames(const QHash<QString, QString>& names)
{
    m_names = names;
    describe();
}

void BodyMapWidget::setCounts(const QHash<QString, int>& counts)
{
    m_counts = counts;
}

void BodyMapWidget::setMarks(const QHash<QString, int>& tones, const QString& worst)
{
    m_marks.tones = tones;
    m_marks.worst = worst;
    update();
}

void BodyMapWidget::flip()
{
    setViews({m_views.first() == BodyMapArt::View::Back ? BodyMapArt::View::Front : BodyMapArt::View::Back});
    describe();
}

QRectF BodyMapWidget::viewArea(int index) const
{
    // A line for the views' names above, the turn-round button below when there is one view.
    const int top = fontMetrics().height() + 2;
    const int bottom = m_flip->isVisible() ? m_flip->sizeHint().height() + 2 : 0;
    const double width = static_cast<double>(this->width()) / m_views.size();
    return QRectF(index * width, top, width, height() - top - bottom).adjusted(3, 2, -3, -2);
}

QList<BodyMapRegion> BodyMapWidget::shownRegions() const
{
    QList<BodyMapRegion> regions;
    for (auto view : m_views) {
        regions += BodyMapArt::shared().regions(view);
    }
    return regions;
}

QRectF BodyMapWidget::regionRect(const QString& elementId) const
{
    const auto view = BodyMapArt::shared().viewOf(elementId);
    const auto index = m_views.indexOf(view);
    return index < 0 ? QRectF() : BodyMapPainter::placeOf(elementId, view, viewArea(static_cast<int>(index)));
}

const QImage& BodyMapWidget::mask(const QString& elementId, BodyMapArt::View view) const
{
    auto found = m_masks.find(elementId);
    if (found == m_masks.end()) {
        // The region alone, filled, at its place on screen: its opaque pixels are its shape.
        const QRectF place =
            BodyMapPainter::placeOf(elementId, view, viewArea(static_cast<int>(m_views.indexOf(view))));
        const QRect pixels = place.toAlignedRect();
        QImage image(pixels.size().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.translate(-pixels.topLeft());
        BodyMapArt::shared().draw(painter, elementId, place, Qt::black, Qt::transparent);
        painter.end();
        image.setOffset(pixels.topLeft());
        found = m_masks.insert(elementId, image);
    }
    return *found;
}

std::optional<BodyMapRegion> BodyMapWidget::regionAt(const QPointF& pos) const
{
    const QList<BodyMapRegion> regions = shownRegions();
    const QPoint pixel = pos.toPoint();
    // The last drawn lies on top, so it is asked first.
    for (auto it = regions.crbegin(); it != regions.crend(); ++it) {
        if (!regionRect(it->elementId).contains(pos)) {
            continue;
        }
        const QImage& shape = mask(it->elementId, BodyMapArt::shared().viewOf(it->elementId));
        const QPoint at = pixel - shape.offset();
        if (shape.valid(at) && qAlpha(shape.pixel(at)) > 127) {
            return *it;
        }
    }
    return std::nullopt;
}

std::optional<QPoint> BodyMapWidget::pointInside(const QString& elementId) const
{
    const QRectF rect = regionRect(elementId);
    if (rect.isEmpty()) {
        return std::nullopt;
    }
    // Rings out from the middle of the box until a point hits this region.
    const QPoint centre = rect.center().toPoint();
    const int reach = qCeil(std::max(rect.width(), rect.height()));
    for (int radius = 0; radius <= reach; ++radius) {
        for (int dy = -radius; dy <= radius; ++dy) {
            for (int dx = -radius; dx <= radius; ++dx) {
                if (std::max(std::abs(dx), std::abs(dy)) != radius) {
                    continue;
                }
                const QPoint point = centre + QPoint(dx, dy);
                const auto hit = regionAt(point);
                if (hit && hit->elementId == elementId) {
                    return point;
                }
            }
        }
    }
    return std::nullopt;
}

QString BodyMapWidget::regionName(const BodyMapRegion& region) const
{
    const QString name = m_names.value(region.siteKey(), region.slug);
    switch (region.side) {
    case BodyMapRegion::Side::Left:
        //: A region of the body map on the person's left, e.g. "Rhomboids (left side)".
        return tr("%1 (left side)").arg(name);
    case BodyMapRegion::Side::Right:
        return tr("%1 (right side)").arg(name);
    case BodyMapRegion::Side::Both:
        break;
    }
    return name;
}

QSize BodyMapWidget::sizeHint() const
{
    return QSize(150 * static_cast<int>(m_views.size()), 260);
}

QSize BodyMapWidget::minimumSizeHint() const
{
    return QSize(90 * static_cast<int>(m_views.size()), 160);
}

void BodyMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const BodyMapPainter art(palette(), m_accent);
    BodyMapPainter::Marks marks = m_marks;
    marks.current = hasFocus() && !m_current.isEmpty() ? m_current : m_hover;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    for (int index = 0; index < m_views.size(); ++index) {
        const QRectF area = viewArea(index);
        const auto view = m_views.at(index);
        // Only the view that holds the ring gets it.
        BodyMapPainter::Marks shown = marks;
        if (!marks.current.isEmpty() && BodyMapArt::shared().viewOf(marks.current) != view) {
            shown.current.clear();
        }
        art.paint(painter, view, area, shown);
        painter.drawText(QRectF(area.left(), 0, area.width(), area.top()), Qt::AlignCenter, viewName(view));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
    }
}

bool BodyMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const auto region = regionAt(help->pos())) {
            QString text = regionName(*region);
            if (const int count = m_counts.value(region->siteKey()); !m_counts.isEmpty()) {
                //: A body map tooltip in History: the place, then how often it was marked in the period.
                text = tr("%1: marked %n time(s)", nullptr, count).arg(text);
            }
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const auto region = regionAt(event->position());
    const QString id = region ? region->elementId : QString();
    setCursor(region ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (id != m_hover) {
        m_hover = id;
        update();
    }
}

void BodyMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    if (const auto region = regionAt(event->position())) {
        setCurrent(region->elementId);
        Q_EMIT regionActivated(*region);
    }
}

void BodyMapWidget::leaveEvent(QEvent*)
{
    m_hover.clear();
    update();
}

void BodyMapWidget::keyPressEvent(QKeyEvent* event)
{
    const QList<BodyMapRegion> regions = shownRegions();
    qsizetype index = -1;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (regions.at(i).elementId == m_current) {
            index = i;
        }
    }
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrent(regions.value((index + 1) % regions.size()).elementId);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrent(regions.value(index <= 0 ? regions.size() - 1 : index - 1).elementId);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (index >= 0) {
            Q_EMIT regionActivated(regions.at(index));
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void BodyMapWidget::focusInEvent(QFocusEvent* event)
{
    if (m_current.isEmpty()) {
        // Start on the first marked region, else on the first one.
        const QList<BodyMapRegion> regions = shownRegions();
        for (const auto& region : regions) {
            if (m_marks.tones.contains(region.siteKey()) && m_current.isEmpty()) {
                m_current = region.elementId;
            }
        }
        if (m_current.isEmpty() && !regions.isEmpty()) {
            m_current = regions.first().elementId;
        }
        describe();
    }
    QWidget::focusInEvent(event);
}

void BodyMapWidget::setCurrent(const QString& elementId)
{
    m_current = elementId;
    describe();
    update();
}

void BodyMapWidget::describe()
{
    const auto region = BodyMapRegion::fromElementId(m_current);
    setAccessibleDescription(region ? regionName(*region) : QString());
    if (hasFocus() && region) {
        QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
}

void BodyMapWidget::resizeEvent(QResizeEvent*)
{
    m_masks.clear();
    const QSize button = m_flip->sizeHint();
    m_flip->setGeometry((width() - button.width()) / 2, height() - button.height(), button.width(), button.height());
}

void BodyMapWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_masks.clear();
    }
    QWidget::changeEvent(event);
}

} // namespace unknot
