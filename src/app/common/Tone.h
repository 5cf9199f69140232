#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

class QWidget;

// Colours that depend on whether the palette is light or dark. A widget with colours of its own picks them here
// and picks again on QEvent::PaletteChange, so a theme switched at run time reaches it.
namespace unknot::tone {

/// True when the palette draws light text on a dark ground.
inline bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

/// The app's palette, which widgets choose their own colours by. Not the widget's palette: a style sheet's
/// "background" sets its Base and Window, so a widget would go on choosing by the colours it chose last time.
inline QPalette current()
{
    return QGuiApplication::palette();
}

/// light on a light palette, dark on a dark one.
inline QColor pick(const QPalette& palette, const QColor& light, const QColor& dark)
{
    return isDark(palette) ? dark : light;
}

/// Secondary text (hints, "Next:", legends): quieter than the text, still 4.5:1 on the window.
inline QColor quiet(const QPalette& palette)
{
    return pick(palette, QColor(0x5b, 0x6d, 0x72), QColor(0xa9, 0xb5, 0xb8));
}

/// Words of warning (a refused step, "call emergency services").
inline QColor warning(const QPalette& palette)
{
    return pick(palette, QColor(0xa3, 0x3a, 0x1f), QColor(0xf4, 0x9e, 0x86));
}

/// Marks the person's own items.
inline QColor own(const QPalette& palette)
{
    return pick(palette, QColor(0x1d, 0x6f, 0x50), QColor(0x7f, 0xd1, 0xa6));
}

enum class Role { Quiet, Warning, Own };

inline QColor colour(const QPalette& palette, Role role)
{
    return role == Role::Quiet ? quiet(palette) : role == Role::Warning ? warning(palette) : own(palette);
}

/// Colours widget's text in role, with more style after it (e.g. "font-weight: 600;"), now and at each restyle().
void mark(QWidget* widget, Role role, const QString& more = {});
/// Colours every marked widget in top (top included) again, from the app's palette: call on
/// QEvent::PaletteChange.
void restyle(QWidget* top);

} // namespace unknot::tone
