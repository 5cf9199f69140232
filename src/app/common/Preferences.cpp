#include "common/Preferences.h"

#include "SettingsRepository.h"

#include <QSettings>
#include <algorithm>

namespace unknot {

namespace {

// The keys earlier versions used, kept so nobody loses a setting.
const QString themeKey = QStringLiteral("view/theme");
const QString soundKey = QStringLiteral("cues/sound");
const QString voiceKey = QStringLiteral("cues/voice");
const QString voiceNameKey = QStringLiteral("cues/voiceName");
const QString volumeKey = QStringLiteral("cues/volume");
const QString selfPacedKey = QStringLiteral("session/selfPaced");
const QString rateBeforeKey = QStringLiteral("journal/rateBefore");
const QString restKey = QStringLiteral("session/restSeconds");
const QString countKey = QStringLiteral("range/");
const QString remindersKey = QStringLiteral("reminders/settings");
const QString toldKey = QStringLiteral("told/");

} // namespace

Preferences& Preferences::instance()
{
    static Preferences preferences;
    return preferences;
}

void Preferences::store(const QString& key, const QVariant& value)
{
    QSettings settings;
    if (settings.value(key) == value) {
        return;
    }
    if (value.isValid()) {
        settings.setValue(key, value);
    } else {
        settings.remove(key);
    }
    Q_EMIT changed(key);
}

Preferences::Theme Preferences::theme() const
{
    const QString name = QSettings().value(themeKey).toString();
    return name == QLatin1String("light") ? Theme::Light : name == QLatin1String("dark") ? Theme::Dark : Theme::System;
}

void Preferences::setTheme(Theme theme)
{
    store(themeKey, theme == Theme::Light  ? QStringLiteral("light")
                    : theme == Theme::Dark ? QStringLiteral("dark")
                                           : QStringLiteral("system"));
}

bool Preferences::sound() const
{
    return QSettings().value(soundKey, true).toBool();
}

void Preferences::setSound(bool on)
{
    store(soundKey, on);
}

bool Preferences::voice() const
{
    return QSettings().value(voiceKey, false).toBool();
}

void Preferences::setVoice(bool on)
{
    store(voiceKey, on);
}

QString Preferences::voiceName() const
{
    return QSettings().value(voiceNameKey).toString();
}

void Preferences::setVoiceName(const QString& name)
{
    store(voiceNameKey, name.isEmpty() ? QVariant() : QVariant(name));
}

int Preferences::volume() const
{
    return std::clamp(QSettings().value(volumeKey, 80).toInt(), 0, 100);
}

void Preferences::setVolume(int percent)
{
    store(volumeKey, std::clamp(percent, 0, 100));
}

bool Preferences::selfPaced() const
{
    return QSettings().value(selfPacedKey, false).toBool();
}

void Preferences::setSelfPaced(bool on)
{
    store(selfPacedKey, on);
}

bool Preferences::rateBefore() const
{
    return QSettings().value(rateBeforeKey, true).toBool();
}

void Preferences::setRateBefore(bool on)
{
    store(rateBeforeKey, on);
}

std::optional<int> Preferences::restSeconds() const
{
    bool ok = false;
    const int seconds = QSettings().value(restKey).toInt(&ok);
    return ok && seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
}

void Preferences::setRestSeconds(std::optional<int> seconds)
{
    store(restKey, seconds && *seconds >= 0 ? QVariant(*seconds) : QVariant());
}

std::optional<int> Preferences::count(const QString& exerciseId) const
{
    bool ok = false;
    const int value = QSettings().value(countKey + exerciseId).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

void Preferences::setCount(const QString& exerciseId, int count)
{
    store(countKey + exerciseId, count);
}

QVariantMap Preferences::reminders() const
{
    return QSettings().value(remindersKey).toMap();
}

void Preferences::setReminders(const QVariantMap& settings)
{
    store(remindersKey, settings);
}

bool Preferences::told(const QString& key) const
{
    return QSettings().value(toldKey + key, false).toBool();
}

void Preferences::setTold(const QString& key)
{
    store(toldKey + key, true);
}

void Preferences::adoptFromJournal(SettingsRepository& journal)
{
    QSettings settings;
    QStringList moved = journal.keys(countKey);
    if (journal.contains(restKey)) {
        moved.append(restKey);
    }
    for (const QString& key : std::as_const(moved)) {
        if (!settings.contains(key)) {
            settings.setValue(key, journal.intValue(key, 0));
        }
        // Removed only once copied: a journal that cannot be written keeps it, and the copy here wins anyway.
        (void)journal.remove(key);
    }
}

} // namespace unknot
