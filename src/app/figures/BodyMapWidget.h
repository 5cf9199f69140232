#pragma once

#include "figures/BodyMapPainter.h"

#include <QWidget>
#include <optional>

class QToolButton;

namespace unknot {

class LibraryRepository;

/// The body map on screen: one view (back or front, with a button for the other) or both side by side. Hovering
/// names a region, clicking or Enter activates it; Tab reaches the map, the arrow keys go from region to region.
/// Hit-testing follows each region's drawn shape, not its bounding box.
class BodyMapWidget : public QWidget {
    Q_OBJECT

public:
    explicit BodyMapWidget(BodyMapPainter::Accent accent, QWidget* parent = nullptr);

    /// Shows these views (one or both); with one, a button offers the other.
    void setViews(const QList<BodyMapArt::View>& views);
    const QList<BodyMapArt::View>& views() const { return m_views; }
    /// Shows the view where most of the toned places are drawn, or both when both hold some.
    void showViewsOfMarks(bool allowBoth);
    /// Every place's name by site key: the library's muscles and the body areas.
    static QHash<QString, QString> placeNames(const LibraryRepository& library);
    /// Each muscle's area key by its slug, for BodyMapShading.
    static QHash<QString, QString> muscleAreas(const LibraryRepository& library);
    /// The names of places, by site key, for tooltips and screen readers.
    void setNames(const QHash<QString, QString>& names);
    /// Counts by site key, named in the tooltips ("marked 3 times"); empty for none.
    void setCounts(const QHash<QString, int>& counts);
    void setMarks(const QHash<QString, int>& tones, const QString& worst = {});
    const BodyMapPainter::Marks& marks() const { return m_marks; }

    /// The region drawn under pos (widget coordinates), by its shape; empty for none.
    std::optional<BodyMapRegion> regionAt(const QPointF& pos) const;
    /// Where a region lies on screen (its bounding box); empty if its view is not shown.
    QRectF regionRect(const QString& elementId) const;
    /// A point inside the region's shape, near the middle of its bounding box; for tests and the keyboard ring.
    std::optional<QPoint> pointInside(const QString& elementId) const;
    /// The region the keyboard is on; empty for none.
    QString currentRegion() const { return m_current; }
    /// What the map calls a region: "Rhomboids (left side)".
    QString regionName(const BodyMapRegion& region) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The person clicked a region, or pressed Enter or Space on it.
    void regionActivated(const unknot::BodyMapRegion& region);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Where each shown view is painted.
    QRectF viewArea(int index) const;
    QList<BodyMapRegion> shownRegions() const;
    const QImage& mask(const QString& elementId, BodyMapArt::View view) const;
    void setCurrent(const QString& elementId);
    void flip();
    void describe();

    BodyMapPainter::Accent m_accent;
    QList<BodyMapArt::View> m_views{BodyMapArt::View::Back};
    BodyMapPainter::Marks m_marks;
    QHash<QString, QString> m_names;
    QHash<QString, int> m_counts;
    QString m_hover;
    QString m_current;
    QToolButton* m_flip;
    mutable QHash<QString, QImage> m_masks; ///< each region's shape at the current size, made when first hit-tested
};

} // namespace unknot
