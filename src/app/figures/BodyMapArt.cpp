#include "figures/BodyMapArt.h"

#include <QColor>
#include <QFile>
#include <QPainter>
#include <QSvgRenderer>
#include <QXmlStreamReader>

namespace unknot {

namespace {

// The root's colours in the drawing; draw() puts the palette's in their place.
constexpr QByteArrayView fillStandIn = R"(fill="#d9d2c9")";
constexpr QByteArrayView strokeStandIn = R"(stroke="#fdfdfb")";
constexpr qsizetype mostRenderers = 24;

QByteArray attribute(const char* name, const QColor& colour)
{
    if (colour.alpha() == 0) {
        return QByteArray(name) + R"(="none")";
    }
    return QByteArray(name) + "=\"" + colour.name(QColor::HexRgb).toLatin1() + "\" " + name + "-opacity=\"" +
           QByteArray::number(colour.alphaF(), 'f', 3) + '"';
}

} // namespace

BodyMapArt& BodyMapArt::shared()
{
    static BodyMapArt art;
    return art;
}

BodyMapArt::BodyMapArt()
{
    QFile file(QStringLiteral(":/bodymap/bodymap.svg"));
    if (file.open(QIODevice::ReadOnly)) {
        m_svg = file.readAll();
    }
    m_shapes = std::make_unique<QSvgRenderer>(m_svg);
    // The regions are the elements of "<view>-regions", in document order.
    QXmlStreamReader xml(m_svg);
    int view = -1;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QString id = xml.attributes().value(QStringLiteral("id")).toString();
            if (id == QLatin1String("back-regions") || id == QLatin1String("front-regions")) {
                view = id.startsWith(QLatin1String("back")) ? 0 : 1;
                depth = 0;
            } else if (view >= 0 && depth == 1) {
                if (auto region = BodyMapRegion::fromElementId(id)) {
                    m_regions[view].append(*region);
                }
            }
        } else if (xml.isEndElement() && view >= 0 && depth-- == 0) {
            view = -1;
        }
    }
}

BodyMapArt::~BodyMapArt() = default;

QString BodyMapArt::viewKey(View view)
{
    return view == View::Back ? QStringLiteral("back") : QStringLiteral("front");
}

const QList<BodyMapRegion>& BodyMapArt::regions(View view) const
{
    return m_regions[view == View::Back ? 0 : 1];
}

QList<BodyMapRegion> BodyMapArt::allRegions() const
{
    return m_regions[0] + m_regions[1];
}

BodyMapArt::View BodyMapArt::viewOf(const QString& elementId) const
{
    for (const auto& region : m_regions[1]) {
        if (region.elementId == elementId) {
            return View::Front;
        }
    }
    return View::Back;
}

QRectF BodyMapArt::viewBounds(View view) const
{
    return bounds(viewKey(view) + QStringLiteral("-body"));
}

QRectF BodyMapArt::bounds(const QString& elementId) const
{
    return m_shapes->boundsOnElement(elementId);
}

QSvgRenderer& BodyMapArt::renderer(const QColor& fill, const QColor& stroke)
{
    const QString key = fill.name(QColor::HexArgb) + stroke.name(QColor::HexArgb);
    auto found = m_coloured.find(key);
    if (found == m_coloured.end()) {
        if (m_coloured.size() >= mostRenderers) {
            m_coloured.clear(); // a palette change: start again
        }
        QByteArray svg = m_svg;
        svg.replace(fillStandIn, attribute("fill", fill));
        svg.replace(strokeStandIn, attribute("stroke", stroke));
        found = m_coloured.insert(key, std::make_shared<QSvgRenderer>(svg));
    }
    return **found;
}

void BodyMapArt::draw(QPainter& painter, const QString& elementId, const QRectF& target, const QColor& fill,
                      const QColor& stroke)
{
    renderer(fill, stroke).render(&painter, elementId, target);
}

} // namespace unknot
