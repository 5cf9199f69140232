#include "report/ReportMapPanel.h"

#include "BodyMapShading.h"
#include "common/TrendColours.h"
#include "figures/BodyMapPainter.h"
#include "report/ReportStyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace unknot {

namespace {

using namespace reportstyle;

constexpr double mapHeight = 128;
constexpr double labelHeight = 10;

} // namespace

double ReportMapPanel::height(const ReportWriter::Data& data)
{
    return data.mapCounts.isEmpty() ? 16 : mapHeight;
}

QList<BodyMapArt::View> ReportMapPanel::views(const QHash<QString, int>& counts)
{
    for (const auto& region : BodyMapArt::shared().regions(BodyMapArt::View::Front)) {
        if (counts.contains(region.siteKey())) {
            return {BodyMapArt::View::Back, BodyMapArt::View::Front};
        }
    }
    return {BodyMapArt::View::Back};
}

QList<std::pair<BodyMapArt::View, QRectF>> ReportMapPanel::mapPlaces(const QRectF& area, const ReportWriter::Data& data)
{
    const QRectF art = BodyMapArt::shared().viewBounds(BodyMapArt::View::Back);
    const double height = area.height() - labelHeight;
    const double width = art.isEmpty() ? 0 : height * art.width() / art.height();
    QList<std::pair<BodyMapArt::View, QRectF>> places;
    double x = area.left();
    for (const BodyMapArt::View view : views(data.mapCounts)) {
        places.append({view, QRectF(x, area.top(), width, height)});
        x += width + 6;
    }
    return places;
}

QString ReportMapPanel::shadeText(int first, int last)
{
    if (first == last) {
        return tr("%n time(s)", nullptr, last);
    }
    //: A shade in the legend of the report's body map: "4–6 times".
    return tr("%1–%n times", nullptr, last).arg(QLocale().toString(first));
}

QPalette ReportMapPanel::paper()
{
    // Every role the map's painter may read, so nothing of a dark screen palette reaches the paper.
    QPalette palette(Qt::white);
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
        palette.setColor(role, Qt::white);
    }
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText}) {
        palette.setColor(role, ink);
    }
    palette.setColor(QPalette::Highlight, trendcolours::after);
    return palette;
}

void ReportMapPanel::paint(QPainter& p, const QRectF& area, const ReportWriter::Data& d)
{
    p.save();
    if (d.mapCounts.isEmpty()) {
        p.setPen(muted);
        p.setFont(font(9));
        p.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, tr("No places on the body were marked in this period."));
        p.restore();
        return;
    }
    const BodyMapPainter painter(paper(), BodyMapPainter::Accent::Pain);
    const BodyMapPainter::Marks marks{BodyMapShading::tones(d.mapCounts), {}, {}};
    double right = area.left();
    p.setFont(font(7));
    for (const auto& [view, place] : mapPlaces(area, d)) {
        painter.paint(p, view, place, marks);
        p.setPen(muted);
        p.drawText(QRectF(place.left(), place.bottom(), place.width(), labelHeight), Qt::AlignHCenter | Qt::AlignBottom,
                   view == BodyMapArt::View::Back ? tr("back") : tr("front"));
        right = place.right();
    }

    // The places in words: what a physiotherapist reads first.
    const double left = right + 20;
    const double width = area.right() - left;
    double y = area.top() + 4;
    p.setPen(muted);
    p.setFont(font(8, true));
    p.drawText(QRectF(left, y, width, 12), Qt::AlignLeft | Qt::AlignVCenter, tr("Marked most often"));
    y += 15;
    p.setFont(font(10));
    const QFontMetricsF metrics(p.font());
    double nameWidth = 0;
    for (const ReportWriter::MarkedPlace& place : d.mostMarked) {
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(place.name) + 16);
    }
    nameWidth = std::min(nameWidth, width - 80);
    for (const ReportWriter::MarkedPlace& place : d.mostMarked) {
        p.setPen(ink);
        p.setFont(font(10));
        p.drawText(QRectF(left, y, nameWidth, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(place.name, Qt::ElideRight, nameWidth - 8));
        p.setPen(muted);
        p.setFont(font(9));
        p.drawText(QRectF(left + nameWidth, y, width - nameWidth, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%n time(s)", nullptr, place.times));
        y += 15;
    }

    // The legend: one swatch per shade in use, dark enough apart to read in black and white.
    const int most = BodyMapShading::most(d.mapCounts);
    y = area.top() + 4 + 15 + 15 * ReportWriter::placesNamed + 10;
    p.setFont(font(8));
    p.setPen(ink);
    //: Before the shades of the report's body map: "Marked [shade] 1–3 times [shade] 4–6 times …".
    const QString caption = tr("Marked");
    p.drawText(QRectF(left, y, width, 12), Qt::AlignLeft | Qt::AlignVCenter, caption);
    const double indent = left + QFontMetricsF(p.font()).horizontalAdvance(caption) + 8;
    double at = indent;
    for (int tone = 1; tone <= BodyMapShading::levels; ++tone) {
        const auto [first, last] = BodyMapShading::range(tone, most);
        if (last == 0) {
            continue;
        }
        const QString text = shadeText(first, last);
        const double itemWidth = 18 + QFontMetricsF(p.font()).horizontalAdvance(text);
        if (at > indent && at + itemWidth > area.right()) { // long German counts of a long period: a second line
            at = indent;
            y += 14;
        }
        p.setPen(QPen(muted, 0.4));
        p.setBrush(painter.toneColour(tone));
        p.drawRect(QRectF(at, y + 1.5, 14, 9));
        p.setPen(ink);
        p.drawText(QRectF(at + 18, y, width, 12), Qt::AlignLeft | Qt::AlignVCenter, text);
        at += itemWidth + 12;
    }
    y += 18;
    p.setPen(muted);
    p.setFont(font(7));
    p.drawText(QRectF(left, y, width, area.bottom() - y), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
               tr("Each place is shaded by how many ratings marked it. An area with no shape of its own on the map, "
                  "such as the neck or the shoulder blades, is shaded on the muscles that lie there."));
    p.restore();
}

} // namespace unknot
