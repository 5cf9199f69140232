#pragma once

#include <QObject>
#include <QVariantMap>
#include <optional>

namespace unknot {

class SettingsRepository;

/// The person's preferences, in one store: the user's settings file (QSettings). The journal keeps what happened
/// (sessions, ratings, safety answers), not how the app should behave, so a preference never needs the journal
/// open and a restored journal never changes them. Window sizes and the last folder live in the same file.
/// Settings changed anywhere (the settings dialog, the player's own switches) are announced by changed().
class Preferences : public QObject {
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };

    static Preferences& instance();

    Theme theme() const;
    void setTheme(Theme theme);

    bool sound() const;
    void setSound(bool on);
    bool voice() const;
    void setVoice(bool on);
    /// The voice's name as the speech engine gives it; empty for the engine's default.
    QString voiceName() const;
    void setVoiceName(const QString& name);
    /// Cue loudness, 0 to 100.
    int volume() const;
    void setVolume(int percent);

    bool selfPaced() const;
    void setSelfPaced(bool on);
    bool rateBefore() const;
    void setRateBefore(bool on);
    /// The rest between a routine's steps, or nothing for each routine's own.
    std::optional<int> restSeconds() const;
    void setRestSeconds(std::optional<int> seconds);
    /// The count last chosen for an exercise, if any.
    std::optional<int> count(const QString& exerciseId) const;
    void setCount(const QString& exerciseId, int count);

    /// The break reminders' settings as the reminders keep them (see ReminderSettings); empty until first set.
    QVariantMap reminders() const;
    void setReminders(const QVariantMap& settings);

    /// True once the person has been told something that is said only once (key: a plain name, e.g. "tray").
    bool told(const QString& key) const;
    void setTold(const QString& key);

    /// Moves preferences an earlier Unknot kept in the journal (counts per exercise, the rest between steps) into
    /// this store, unless set here already, and removes them from the journal.
    void adoptFromJournal(SettingsRepository& journal);

Q_SIGNALS:
    /// key is the settings key that changed, e.g. "view/theme".
    void changed(const QString& key);

private:
    Preferences() = default;
    void store(const QString& key, const QVariant& value);
};

} // namespace unknot
