#include "devtools/ContactSheet.h"

#include "ContentPack.h"
#include "LibraryRepository.h"
#include "shell/Theme.h"
#include "figures/FigurePainter.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace unknot {

namespace {

constexpr int cellWidth = 210;
constexpr int cellHeight = 170;
constexpr int labelWidth = 230;

struct Row {
    QString title;
    Movement movement;
};

} // namespace

QImage ContactSheet::render(const LibraryRepository& library, double scale, bool dark)
{
    QList<Row> rows;
    for (const ItemSummary& item : library.list(ItemKind::Exercise)) {
        const auto exercise = library.exercise(item.ref.id);
        if (!exercise) {
            continue;
        }
        const Figure& figure = exercise->figure;
        for (int set = 0; set < figure.sets.size(); ++set) {
            const QString label = exercise->dose.sets.value(set);
            rows.append({label.isEmpty() ? item.name : item.name + QStringLiteral(" — ") + label, figure.sets.at(set)});
        }
    }
    for (const QString& name : ContentPack::stillNames()) {
        const Figure still = library.still(name);
        if (!still.isEmpty()) {
            rows.append({name, still.sets.first()});
        }
    }
    int columns = 1;
    for (const Row& row : rows) {
        columns = std::max(columns, static_cast<int>(row.movement.keyPoses().size()) + 1);
    }
    const QSize size(labelWidth + columns * cellWidth, static_cast<int>(rows.size()) * cellHeight);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    const QPalette palette = theme::palette(dark).resolve(QApplication::palette());
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    const FigureStyle style = FigureStyle::from(palette);
    QFont font = painter.font();
    font.setPointSizeF(11);
    painter.setFont(font);
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        const int top = r * cellHeight;
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRect(12, top, labelWidth - 20, cellHeight), Qt::AlignVCenter | Qt::TextWordWrap, row.title);
        const QList<Pose> poses = row.movement.keyPoses();
        for (int c = 0; c < poses.size(); ++c) {
            const QRectF cell(labelWidth + c * cellWidth, top, cellWidth, cellHeight);
            figurepaint::paint(painter, cell.adjusted(8, 8, -8, -8), row.movement, poses.at(c), style);
        }
        if (poses.size() > 1) {
            const QRectF cell(labelWidth + poses.size() * cellWidth, top, cellWidth, cellHeight);
            painter.fillRect(cell, palette.color(QPalette::AlternateBase));
            figurepaint::paintStill(painter, cell.adjusted(8, 8, -8, -8), row.movement, row.movement.startPose(),
                                    row.movement.peakPose(), style);
        }
        painter.setPen(palette.color(QPalette::Mid));
        painter.drawLine(0, top + cellHeight - 1, size.width(), top + cellHeight - 1);
    }
    return image;
}

} // namespace unknot
