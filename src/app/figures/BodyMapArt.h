#pragma once

#include "BodyMapRegion.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <memory>

class QColor;
class QPainter;
class QSvgRenderer;

namespace unknot {

/// The body map's drawing (resources/bodymap/bodymap.svg), read once and shared: its views, its regions in drawing
/// order and where each lies. Draws any element in any colours: the drawing's root fill and stroke stand in for the
/// palette, so each pair of colours gets its own renderer of the same text (a handful per palette, made when first
/// needed). Everything stays vector, on screen and in the PDF.
class BodyMapArt {
public:
    enum class View { Back, Front };

    static BodyMapArt& shared();
    ~BodyMapArt();
    BodyMapArt(const BodyMapArt&) = delete;
    BodyMapArt& operator=(const BodyMapArt&) = delete;

    /// The regions of a view, in drawing order: later ones lie on top and win a tap where they overlap.
    const QList<BodyMapRegion>& regions(View view) const;
    /// Both views' regions, back first.
    QList<BodyMapRegion> allRegions() const;
    /// The view a region is drawn in.
    View viewOf(const QString& elementId) const;
    /// Where the whole view (its outline) lies, in the drawing's units.
    QRectF viewBounds(View view) const;
    /// Where an element lies, in the drawing's units of its view.
    QRectF bounds(const QString& elementId) const;
    /// Draws an element into target (its bounds mapped there) with the given fill and stroke.
    void draw(QPainter& painter, const QString& elementId, const QRectF& target, const QColor& fill,
              const QColor& stroke);

    static QString viewKey(View view); ///< "back", "front": the view's group id in the drawing

private:
    BodyMapArt();
    QSvgRenderer& renderer(const QColor& fill, const QColor& stroke);

    QByteArray m_svg;
    std::unique_ptr<QSvgRenderer> m_shapes; ///< the drawing as written: bounds and ids
    QHash<QString, std::shared_ptr<QSvgRenderer>> m_coloured;
    QList<BodyMapRegion> m_regions[2];
};

} // namespace unknot
