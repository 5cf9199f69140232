#pragma once

#include <QRect>
#include <QSize>
#include <QString>

class QWidget;

namespace unknot::windowfit {

/// The area a window may use: the available geometry of the screen it is on (or the primary screen).
QRect available(const QWidget* window);
/// Resizes window to preferred, never larger than the available area (less room for a title bar), and moves it
/// inside that area.
void fit(QWidget* window, QSize preferred);
/// Restores the size, place and maximised state saved under key for this screen and returns true; without one,
/// fits preferred and returns false.
bool restore(QWidget* window, const QString& key, QSize preferred);
/// Saves the size, place and maximised state under key for the screen the window is on.
void save(const QWidget* window, const QString& key);

} // namespace unknot::windowfit
