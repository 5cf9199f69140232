#include "figures/BodyMapPainter.h"

#include "BodyMapShading.h"

#include <QPainter>
#include <QPalette>

namespace unknot {

namespace {

QColor mix(const QColor& from, const QColor& to, double share)
{
    const auto channel = [share](int a, int b) { return qRound(a + (b - a) * share); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

bool isDark(const QColor& colour)
{
    return colour.lightnessF() < 0.5;
}

} // namespace

BodyMapPainter::BodyMapPainter(const QPalette& palette, Accent accent)
{
    // Mixed from the palette, so the map reads on a light or a dark one alike.
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = isDark(base);
    m_gap = base;
    m_body = mix(base, text, dark ? 0.16 : 0.08);
    m_region = mix(base, text, dark ? 0.26 : 0.15);
    m_outline = mix(base, text, 0.45);
    // Muscles a page is about in the palette's highlight; pain in a calm warm red that reads on either.
    m_accent = accent == Accent::Library ? palette.color(QPalette::Highlight)
                                         : (dark ? QColor(0xe0, 0x7a, 0x5f) : QColor(0xc2, 0x4e, 0x2f));
    if (accent == Accent::Library && dark && isDark(m_accent)) {
        m_accent = m_accent.lighter(150);
    }
    m_worst = dark ? QColor(0xff, 0xb0, 0x8a) : QColor(0x7d, 0x1f, 0x12);
    m_ring = palette.color(QPalette::Text);
}

QColor BodyMapPainter::toneColour(int tone) const
{
    static constexpr double shares[] = {0.0, 0.3, 0.5, 0.75, 1.0};
    return mix(m_region, m_accent, shares[std::clamp(tone, 0, BodyMapShading::levels)]);
}

QRectF BodyMapPainter::placement(BodyMapArt::View view, const QRectF& area)
{
    const QRectF art = BodyMapArt::shared().viewBounds(view);
    if (art.isEmpty() || area.isEmpty()) {
        return {};
    }
    const double scale = std::min(area.width() / art.width(), area.height() / art.height());
    const QSizeF size = art.size() * scale;
    return QRectF(area.center() - QPointF(size.width(), size.height()) / 2, size);
}

QRectF BodyMapPainter::placeOf(const QString& elementId, BodyMapArt::View view, const QRectF& area)
{
    const QRectF art = BodyMapArt::shared().viewBounds(view);
    const QRectF placed = placement(view, area);
    if (placed.isEmpty()) {
        return {};
    }
    const double scale = placed.width() / art.width();
    const QRectF element = BodyMapArt::shared().bounds(elementId);
    return QRectF(placed.topLeft() + (element.topLeft() - art.topLeft()) * scale, element.size() * scale);
}

void BodyMapPainter::paint(QPainter& painter, BodyMapArt::View view, const QRectF& area, const Marks& marks) const
{
    BodyMapArt& art = BodyMapArt::shared();
    const QString key = BodyMapArt::viewKey(view);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    art.draw(painter, key + QStringLiteral("-body"), placement(view, area), m_body, m_outline);
    for (const auto& region : art.regions(view)) {
        const QRectF target = placeOf(region.elementId, view, area);
        const QString site = region.siteKey();
        const QColor fill = site == marks.worst ? m_worst : toneColour(marks.tones.value(site));
        art.draw(painter, region.elementId, target, fill, m_gap);
    }
    const QString lines = key + QStringLiteral("-lines");
    art.draw(painter, lines, placeOf(lines, view, area), Qt::transparent, m_outline);
    if (!marks.current.isEmpty()) {
        art.draw(painter, marks.current, placeOf(marks.current, view, area), Qt::transparent, m_ring);
    }
    painter.restore();
}

} // namespace unknot
