#pragma once

#include "common/Preferences.h"

#include <QObject>
#include <optional>

class QApplication;

namespace unknot {

/// Keeps the running app in the chosen theme: applies it at once, and again when the preference changes
/// (Preferences::changed("view/theme")) or, while following the system, when the desktop's scheme changes.
class ThemeWatcher : public QObject {
    Q_OBJECT

public:
    /// forced, when given, wins over the preference (the developers' --dark).
    explicit ThemeWatcher(QApplication& app, std::optional<Preferences::Theme> forced = std::nullopt,
                          QObject* parent = nullptr);

    /// The theme in force: the forced one, else the person's choice.
    Preferences::Theme theme() const;

private:
    void apply();

    QApplication& m_app;
    std::optional<Preferences::Theme> m_forced;
};

} // namespace unknot
