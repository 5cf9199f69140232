#include "journal/WhereItHurts.h"

#include "figures/BodyMapWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace unknot {

WhereItHurts::WhereItHurts(const LibraryRepository& library, QWidget* parent)
    : QWidget(parent)
    , m_shading(BodyMapArt::shared().allRegions(), BodyMapWidget::muscleAreas(library))
    , m_map(new BodyMapWidget(BodyMapPainter::Accent::Pain))
    , m_legend(new QLabel)
{
    setObjectName(QStringLiteral("whereItHurts"));
    m_map->setObjectName(QStringLiteral("historyMap"));
    m_map->setNames(BodyMapWidget::placeNames(library));
    m_map->setViews({BodyMapArt::View::Back, BodyMapArt::View::Front});
    m_map->setMinimumSize(220, 110); // History must fit a 1024x600 screen: the map shrinks first
    m_legend->setObjectName(QStringLiteral("mapLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    auto* title = new QLabel(tr("<b>Where it hurts</b>"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_legend);
}

QString WhereItHurts::legendText(int most)
{
    // Not "lighter" and "darker": on a dark palette the places marked more often are the brighter ones.
    //: The legend under the where-it-hurts map: the shades run from faint to strong colour.
    return tr("Fainter: marked less often. Stronger: more often (most: %n time(s)).", nullptr, most);
}

void WhereItHurts::setCounts(const QList<SiteCount>& sites)
{
    m_counts = m_shading.counts(sites);
    m_map->setMarks(BodyMapShading::tones(m_counts));
    m_map->setCounts(m_counts);
    showLegend();
}

void WhereItHurts::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        showLegend();
    }
}

void WhereItHurts::showLegend()
{
    const int most = BodyMapShading::most(m_counts);
    if (most == 0) {
        m_legend->setText(tr("No places marked in this period."));
        return;
    }
    const BodyMapPainter painter(palette(), BodyMapPainter::Accent::Pain);
    QString swatches;
    for (int tone = 1; tone <= BodyMapShading::levels; ++tone) {
        swatches += QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;")
                        .arg(painter.toneColour(tone).name());
    }
    m_legend->setText(swatches + QStringLiteral(" ") + legendText(most).toHtmlEscaped());
}

} // namespace unknot
