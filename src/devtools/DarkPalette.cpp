#include "devtools/DarkPalette.h"

#include <QApplication>
#include <QPalette>

namespace unknot {

void DarkPalette::apply(QApplication& app)
{
    app.setPalette(palette());
}

QPalette DarkPalette::palette()
{
    // Close to a common dark desktop theme: dark grey bases, light text, a teal highlight.
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2f, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe4, 0xe8, 0xe7));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x22, 0x24));
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x30));
    palette.setColor(QPalette::Text, QColor(0xe4, 0xe8, 0xe7));
    palette.setColor(QPalette::Button, QColor(0x35, 0x3a, 0x3c));
    palette.setColor(QPalette::ButtonText, QColor(0xe4, 0xe8, 0xe7));
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x3a, 0x3c));
    palette.setColor(QPalette::ToolTipText, QColor(0xe4, 0xe8, 0xe7));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0x8c));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7c, 0xc4, 0xd2));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x5b, 0x5e));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa3, 0xa6));
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, QColor(0x7a, 0x82, 0x85));
    }
    return palette;
}

} // namespace unknot
