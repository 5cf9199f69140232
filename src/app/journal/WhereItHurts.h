#pragma once

#include "BodyMapShading.h"

#include <QWidget>

class QLabel;

namespace unknot {

class BodyMapWidget;
class LibraryRepository;

/// History's "where it hurts": the body map shaded by how often each place was marked in the period, with a legend.
class WhereItHurts : public QWidget {
    Q_OBJECT

public:
    explicit WhereItHurts(const LibraryRepository& library, QWidget* parent = nullptr);

    /// Shades the map from the period's counts per place.
    void setCounts(const QList<SiteCount>& sites);
    /// Marks per place on the map (BodyMapRegion::siteKey()), as last shown.
    const QHash<QString, int>& counts() const { return m_counts; }
    BodyMapWidget* map() const { return m_map; }

    /// The legend's words for the most marked place: "Stronger: more often (most: 4 times)".
    static QString legendText(int most);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The legend's swatches in the palette's shades, and its words.
    void showLegend();

    BodyMapShading m_shading;
    QHash<QString, int> m_counts;
    BodyMapWidget* m_map;
    QLabel* m_legend;
};

} // namespace unknot
