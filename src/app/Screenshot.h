#pragma once

#include <QString>

namespace unknot {

class MainWindow;

/// Renders one named view of the app to a PNG, for the docs and for looking at what was built.
/// Views: causes, muscles, techniques, exercises, routines, search, doctor, or an item as kind/slug.
class Screenshot {
public:
    static QStringList viewNames();
    /// Returns an empty string on success, otherwise what went wrong.
    static QString render(MainWindow& window, const QString& view, const QString& file);
};

} // namespace unknot
