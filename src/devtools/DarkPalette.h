#pragma once

class QApplication;
class QPalette;

namespace unknot {

/// A dark palette for looking at screens as a dark desktop theme would show them (`--dark`). Unknot has no dark
/// theme of its own yet; this is for checking that what paints from the palette stays readable.
class DarkPalette {
public:
    static void apply(QApplication& app);
    /// The app's palette with the dark colours in it.
    static QPalette palette();
};

} // namespace unknot
