#include "shell/ThemeWatcher.h"

#include "shell/DesktopScheme.h"
#include "shell/Theme.h"

#include <QApplication>

namespace unknot {

ThemeWatcher::ThemeWatcher(QApplication& app, std::optional<Preferences::Theme> forced, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_forced(forced)
{
    connect(&Preferences::instance(), &Preferences::changed, this, [this](const QString& key) {
        if (key == QLatin1String("view/theme")) {
            apply();
        }
    });
    connect(&DesktopScheme::instance(), &DesktopScheme::changed, this, [this] {
        if (theme() == Preferences::Theme::System) {
            apply();
        }
    });
    DesktopScheme::instance().listen();
    apply();
}

Preferences::Theme ThemeWatcher::theme() const
{
    return m_forced.value_or(Preferences::instance().theme());
}

void ThemeWatcher::apply()
{
    applyTheme(m_app, theme());
}

} // namespace unknot
