#include "shell/Theme.h"

#include "shell/DesktopScheme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <algorithm>
#include <cstring>

namespace unknot::theme {

namespace {

struct Pair {
    const char* token;
    const char* light;
    const char* dark;
};

// The style sheet's colours, light as they have always been and their dark counterparts. Text on each ground
// reads at 4.5:1 or more.
// clang-format off: one pair a line reads as a table
constexpr Pair sheetColours[] = {
    {"@bar", "#e6eeec", "#23282a"},         {"@barHover", "#d5e3e0", "#34403f"},
    {"@accent", "#2f7d8c", "#2f7d8c"},      {"@accentHover", "#276b78", "#3a8f9f"},
    {"@onAccent", "white", "white"},        {"@doctorGround", "#fbe3dd", "#4a2a24"},
    {"@doctorHover", "#f7d2c8", "#5a3229"}, {"@doctorText", "#8a2d1c", "#ffcfc2"},
    {"@edit", "white", "#1f2224"},          {"@editBorder", "#b9cac6", "#56656a"},
    {"@list", "#f9fbfa", "#1f2224"},        {"@listBorder", "#dde6e4", "#3a4245"},
    {"@itemBorder", "#edf1f0", "#2c3235"},  {"@chosen", "#d6ebe7", "#1f4d55"},
    {"@onChosen", "#1f4b57", "#e4f4f1"},    {"@quiet", "#5b6d72", "#a9b5b8"},
    {"@page", "#fdfdfb", "#1f2224"},        {"@noteGround", "#fdf0d9", "#3d3320"},
    {"@noteText", "#6b4a12", "#f2d29b"},    {"@focus", "#e08a00", "#f0a030"},
    {"@box", "#4b5e64", "#9aa8ab"},         {"@boxTicked", "#1f4b57", "#7cc4d2"},
};
// clang-format on

const char* const sheet =
    "QToolBar { background: @bar; border: none; padding: 6px; spacing: 8px; }"
    "QToolBar QToolButton { padding: 6px 12px; border-radius: 6px; }"
    "QToolBar QToolButton:hover { background: @barHover; }"
    "QToolBar QToolButton:checked { background: @accent; color: @onAccent; font-weight: 600; }"
    "QToolButton[role=\"doctor\"] { background: @doctorGround; color: @doctorText; font-weight: 600; }"
    "QToolButton[role=\"doctor\"]:hover { background: @doctorHover; }"
    "QLineEdit { padding: 6px 10px; border: 1px solid @editBorder; border-radius: 8px; background: @edit; }"
    "QLineEdit:focus { border-color: @accent; }"
    "QListWidget[role=\"sections\"] { background: @bar; font-size: 13pt; padding-top: 8px; }"
    "QListWidget[role=\"sections\"]::item { padding-left: 18px; border-radius: 6px; margin: 2px 8px; }"
    "QListWidget[role=\"sections\"]::item:selected { background: @accent; color: @onAccent; }"
    "QListWidget[role=\"items\"] { background: @list; border-right: 1px solid @listBorder; }"
    "QListWidget[role=\"items\"]::item { padding: 10px 14px; border-bottom: 1px solid @itemBorder; }"
    "QListWidget[role=\"items\"]::item:selected { background: @chosen; color: @onChosen; }"
    "QLabel[role=\"listTitle\"] { padding: 12px 14px 8px 14px; color: @quiet; font-weight: 600;"
    " background: @list; border-right: 1px solid @listBorder; }"
    "QPushButton[role=\"start\"] { background: @accent; color: @onAccent; font-size: 14pt; font-weight: 600;"
    " padding: 10px 22px; border-radius: 8px; border: none; }"
    "QPushButton[role=\"start\"]:hover { background: @accentHover; }"
    "QWidget#pageColumn { background: @page; }"
    "QLabel[role=\"problem\"] { background: @noteGround; color: @noteText; padding: 12px 16px; font-size: 12pt; }"
    // A focus mark anyone can see, on teal buttons too: a thick amber ring.
    "QPushButton:focus, QToolButton:focus { border: 3px solid @focus; border-radius: 8px; }"
    "QAbstractItemView:focus, QTextBrowser:focus { border: 2px solid @focus; }"
    "QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus { border: 2px solid @focus; }"
    "QCheckBox::indicator, QRadioButton::indicator { width: 18px; height: 18px; border: 2px solid @box;"
    " background: @edit; }"
    "QCheckBox::indicator { border-radius: 4px; }"
    "QAbstractItemView::indicator { width: 16px; height: 16px; border: 2px solid @box; border-radius: 4px;"
    " background: @edit; }"
    "QAbstractItemView::indicator:checked { background: @accent; border: 2px solid @boxTicked; }"
    "QRadioButton::indicator { border-radius: 11px; }"
    "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: @accent;"
    " border: 2px solid @boxTicked; }"
    "QCheckBox:focus, QRadioButton:focus { background: @noteGround; border-radius: 4px; }";

} // namespace

QPalette palette(bool dark)
{
    // A palette with no roles set resolves against the desktop's when applied, so switching back to light also
    // brings back what the desktop gave.
    QPalette p;
    if (!dark) {
        p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf5));
        p.setColor(QPalette::Base, QColor(0xfd, 0xfd, 0xfb));
        p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf2, 0xf1));
        p.setColor(QPalette::Text, QColor(0x26, 0x34, 0x3a));
        p.setColor(QPalette::WindowText, QColor(0x26, 0x34, 0x3a));
        p.setColor(QPalette::ButtonText, QColor(0x26, 0x34, 0x3a));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0x8c));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x1d, 0x6f, 0x80));
        // setColor() above sets every group: give what is disabled (menu entries that wait, Back with nowhere to
        // go) its own quieter grey again, or it looks as if it could be clicked.
        for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText}) {
            p.setColor(QPalette::Disabled, role, QColor(0x93, 0x9d, 0xa0));
        }
        return p;
    }
    // Dark grey grounds, light text, the same teal highlight. Every role a light desktop would otherwise fill in
    // is set, so nothing light shows through.
    const QColor text(0xe4, 0xe8, 0xe7);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2f, 0x31));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1f, 0x22, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x30));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x3a, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x3a, 0x3c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0x8c));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xc4, 0xd2));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0xa4, 0xd8));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x45, 0x48));
    p.setColor(QPalette::Mid, QColor(0x55, 0x5b, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x10, 0x11));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa3, 0xa6));
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x82, 0x85));
    }
    return p;
}

QString styleSheet(bool dark)
{
    // Longer tokens first: "@accent" must not eat the start of "@accentHover".
    QList<const Pair*> pairs;
    for (const Pair& pair : sheetColours) {
        pairs.append(&pair);
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair* a, const Pair* b) { return std::strlen(a->token) > std::strlen(b->token); });
    QString text = QString::fromLatin1(sheet);
    for (const Pair* pair : pairs) {
        text.replace(QLatin1String(pair->token), QLatin1String(dark ? pair->dark : pair->light));
    }
    return text;
}

bool isDark(Preferences::Theme theme)
{
    return theme == Preferences::Theme::Dark || (theme == Preferences::Theme::System && DesktopScheme::prefersDark());
}

} // namespace unknot::theme

namespace unknot {

void applyTheme(QApplication& app, Preferences::Theme theme)
{
    DesktopScheme::rememberDesktopPalette(); // before the first palette of ours hides the desktop's
    if (!app.style() || app.style()->name() != QLatin1String("fusion")) {
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    QFont font = app.font();
    if (font.pointSizeF() != 12) {
        font.setPointSizeF(12);
        app.setFont(font);
    }
    const bool dark = theme::isDark(theme);
    app.setPalette(theme::palette(dark));
    const QString sheet = theme::styleSheet(dark);
    if (app.styleSheet() != sheet) {
        app.setStyleSheet(sheet);
    }
}

} // namespace unknot
