#pragma once

#include "figures/BodyMapArt.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

class QPainter;
class QPalette;

namespace unknot {

/// Paints views of the body map with places toned: muscles a page is about, places that hurt, how often each was
/// marked. Colours come from the palette (light or dark) and one accent; the widget, History and the report share it.
class BodyMapPainter {
    Q_DECLARE_TR_FUNCTIONS(BodyMapPainter)

public:
    enum class Accent { Library, Pain };

    /// What a view shows: tones per place (BodyMapRegion::siteKey(), 1 lightest to BodyMapShading::levels),
    /// the place that hurts most, the region under the pointer or the keyboard.
    struct Marks {
        QHash<QString, int> tones;
        QString worst;   ///< a site key
        QString current; ///< an element id, drawn with a ring
    };

    BodyMapPainter(const QPalette& palette, Accent accent);

    /// Paints view, as large as fits, centred in area.
    void paint(QPainter& painter, BodyMapArt::View view, const QRectF& area, const Marks& marks) const;
    /// Where the view's drawing lies when painted into area: its units mapped by scale and offset.
    static QRectF placement(BodyMapArt::View view, const QRectF& area);
    /// Where an element lies when its view is painted into area.
    static QRectF placeOf(const QString& elementId, BodyMapArt::View view, const QRectF& area);
    /// The colour of a tone, 0 (not marked) to BodyMapShading::levels.
    QColor toneColour(int tone) const;
    QColor worstColour() const { return m_worst; }

private:
    QColor m_body;
    QColor m_outline;
    QColor m_region;
    QColor m_gap;
    QColor m_accent;
    QColor m_worst;
    QColor m_ring;
};

} // namespace unknot
