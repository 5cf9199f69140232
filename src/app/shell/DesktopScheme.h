#pragma once

#include <QObject>
#include <optional>

class QDBusVariant;

namespace unknot {

/// Whether the desktop prefers dark, for the theme "follow the system". Qt 6.4 cannot say, so this asks the
/// freedesktop portal's "color-scheme" setting (GNOME, KDE and others answer it), and where no portal answers,
/// judges the desktop's own palette by its lightness.
class DesktopScheme : public QObject {
    Q_OBJECT

public:
    static DesktopScheme& instance();

    /// True when the desktop prefers dark.
    static bool prefersDark();
    /// Keeps the desktop's palette, the first time only: call before Unknot sets its own.
    static void rememberDesktopPalette();
    /// Listens for the portal announcing a new colour scheme; changed() follows each one.
    void listen();

Q_SIGNALS:
    void changed();

private Q_SLOTS:
    void onSettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    DesktopScheme() = default;
    /// The portal's value (0 no preference, 1 dark, 2 light), asked once; none when no portal answers.
    std::optional<uint> portalScheme();

    bool m_asked = false;
    std::optional<uint> m_scheme;
    bool m_listening = false;
};

} // namespace unknot
