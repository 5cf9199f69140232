#include "shell/Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace unknot {

void applyTheme(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font = app.font();
    font.setPointSizeF(12);
    app.setFont(font);

    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf5));
    palette.setColor(QPalette::Base, QColor(0xfd, 0xfd, 0xfb));
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xf2, 0xf1));
    palette.setColor(QPalette::Text, QColor(0x26, 0x34, 0x3a));
    palette.setColor(QPalette::WindowText, QColor(0x26, 0x34, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0x26, 0x34, 0x3a));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0x8c));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x6f, 0x80));
    // setColor() above sets every group: give what is disabled (menu entries that wait, Back with nowhere to go)
    // its own quieter grey again, or it looks as if it could be clicked.
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, QColor(0x93, 0x9d, 0xa0));
    }
    app.setPalette(palette);

    app.setStyleSheet(QStringLiteral(
        "QToolBar { background: #e6eeec; border: none; padding: 6px; spacing: 8px; }"
        "QToolBar QToolButton { padding: 6px 12px; border-radius: 6px; }"
        "QToolBar QToolButton:hover { background: #d5e3e0; }"
        "QToolBar QToolButton:checked { background: #2f7d8c; color: white; font-weight: 600; }"
        "QToolButton[role=\"doctor\"] { background: #fbe3dd; color: #8a2d1c; font-weight: 600; }"
        "QToolButton[role=\"doctor\"]:hover { background: #f7d2c8; }"
        "QLineEdit { padding: 6px 10px; border: 1px solid #b9cac6; border-radius: 8px; background: white; }"
        "QLineEdit:focus { border-color: #2f7d8c; }"
        "QListWidget[role=\"sections\"] { background: #e6eeec; font-size: 13pt; padding-top: 8px; }"
        "QListWidget[role=\"sections\"]::item { padding-left: 18px; border-radius: 6px; margin: 2px 8px; }"
        "QListWidget[role=\"sections\"]::item:selected { background: #2f7d8c; color: white; }"
        "QListWidget[role=\"items\"] { background: #f9fbfa; border-right: 1px solid #dde6e4; }"
        "QListWidget[role=\"items\"]::item { padding: 10px 14px; border-bottom: 1px solid #edf1f0; }"
        "QListWidget[role=\"items\"]::item:selected { background: #d6ebe7; color: #1f4b57; }"
        "QLabel[role=\"listTitle\"] { padding: 12px 14px 8px 14px; color: #5b6d72; font-weight: 600;"
        " background: #f9fbfa; border-right: 1px solid #dde6e4; }"
        "QPushButton[role=\"start\"] { background: #2f7d8c; color: white; font-size: 14pt; font-weight: 600;"
        " padding: 10px 22px; border-radius: 8px; border: none; }"
        "QPushButton[role=\"start\"]:hover { background: #276b78; }"
        "QWidget#pageColumn { background: #fdfdfb; }"
        "QLabel[role=\"problem\"] { background: #fdf0d9; color: #6b4a12; padding: 12px 16px; font-size: 12pt; }"
        // A focus mark anyone can see, on teal buttons too: a thick amber ring.
        "QPushButton:focus, QToolButton:focus { border: 3px solid #e08a00; border-radius: 8px; }"
        "QAbstractItemView:focus, QTextBrowser:focus { border: 2px solid #e08a00; }"
        "QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus { border: 2px solid #e08a00; }"
        "QCheckBox::indicator, QRadioButton::indicator { width: 18px; height: 18px; border: 2px solid #4b5e64;"
        " background: white; }"
        "QCheckBox::indicator { border-radius: 4px; }"
        "QAbstractItemView::indicator { width: 16px; height: 16px; border: 2px solid #4b5e64; border-radius: 4px;"
        " background: white; }"
        "QAbstractItemView::indicator:checked { background: #2f7d8c; border: 2px solid #1f4b57; }"
        "QRadioButton::indicator { border-radius: 11px; }"
        "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #2f7d8c;"
        " border: 2px solid #1f4b57; }"
        "QCheckBox:focus, QRadioButton:focus { background: #fdf0d9; border-radius: 4px; }"));
}

} // namespace unknot
