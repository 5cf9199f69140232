#include "common/Tone.h"

#include <QWidget>

namespace unknot::tone {

namespace {

const char* const roleProperty = "toneRole";
const char* const moreProperty = "toneMore";

void colourIn(QWidget* widget, const QPalette& palette)
{
    const auto role = static_cast<Role>(widget->property(roleProperty).toInt());
    const QString sheet = QStringLiteral("color: %1; %2")
                              .arg(colour(palette, role).name(), widget->property(moreProperty).toString())
                              .trimmed();
    if (widget->styleSheet() != sheet) { // a new sheet repolishes: only when it differs
        widget->setStyleSheet(sheet);
    }
}

} // namespace

void mark(QWidget* widget, Role role, const QString& more)
{
    widget->setProperty(roleProperty, static_cast<int>(role));
    widget->setProperty(moreProperty, more);
    colourIn(widget, current());
}

void restyle(QWidget* top)
{
    const QPalette palette = current();
    if (top->property(roleProperty).isValid()) {
        colourIn(top, palette);
    }
    for (QWidget* child : top->findChildren<QWidget*>()) {
        if (child->property(roleProperty).isValid()) {
            colourIn(child, palette);
        }
    }
}

} // namespace unknot::tone
