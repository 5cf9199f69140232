#pragma once

#include "common/Preferences.h"

class QApplication;
class QPalette;
class QString;

namespace unknot {

/// Calm colours and large, readable type for the whole app, light or dark.
namespace theme {

/// The app's palette, light or dark; roles it leaves alone follow the desktop's palette.
QPalette palette(bool dark);
/// The app's style sheet in light or dark colours.
QString styleSheet(bool dark);
/// Whether a theme means dark here: System asks the desktop (see DesktopScheme).
bool isDark(Preferences::Theme theme);

} // namespace theme

/// Applies the font, style, palette and style sheet of theme to the running app. Widgets with colours of their
/// own follow through QEvent::PaletteChange.
void applyTheme(QApplication& app, Preferences::Theme theme);

} // namespace unknot
