#pragma once

#include <QString>

namespace unknot {

class AppContext;
class MainWindow;
class ManualClock;

/// Renders one named view of the app to a PNG, for the docs and for looking at what was built.
/// Views: causes, muscles, techniques, exercises, routines, search, doctor, or an item as kind/slug.
class Screenshot {
public:
    static QStringList viewNames();
    /// Returns an empty string on success, otherwise what went wrong.
    /// clock is the one the window's sessions run on; the session views move it to a telling moment.
    static QString render(MainWindow& window, AppContext& context, ManualClock& clock, const QString& view,
                          const QString& file);

private:
    static QString renderSession(MainWindow& window, ManualClock& clock, const QString& view, const QString& file);
};

} // namespace unknot
