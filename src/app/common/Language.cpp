#include "common/Language.h"

#include "Log.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace unknot {

namespace {

const QString folder = QStringLiteral(":/i18n");

QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString& inUse()
{
    static QString code = QStringLiteral("en");
    return code;
}

/// Installs a translator that loaded; the application owns it. Later ones are searched first.
bool install(QTranslator* translator, bool loaded)
{
    if (!loaded) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

/// "de" from "de_DE", "de-AT" or "de".
QString languageOf(const QString& name)
{
    return name.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
}

} // namespace

QString Language::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList Language::codes()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("de")) {
        return QStringLiteral("Deutsch");
    }
    if (code == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    return code;
}

QString Language::chosen()
{
    const QString code = QSettings().value(settingsKey()).toString();
    return codes().contains(code) ? code : QString();
}

void Language::choose(const QString& code)
{
    QSettings settings;
    if (codes().contains(code)) {
        settings.setValue(settingsKey(), code);
    } else {
        settings.remove(settingsKey());
    }
}

QString Language::apply(const QString& code)
{
    for (const QPointer<QTranslator>& translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
    QObject* owner = QCoreApplication::instance();

    // Under everything else: English words with their plural forms, for whatever another file leaves out.
    auto* plurals = new QTranslator(owner);
    install(plurals, plurals->load(QStringLiteral("unknot_en"), folder));

    const QLocale system = QLocale::system();
    const QLocale wanted = codes().contains(code) ? QLocale(code) : system;
    QString language = QStringLiteral("en");
    auto* own = new QTranslator(owner);
    // Tries each of the locale's languages in turn (for the system: its order of preference, LANGUAGE included).
    if (own->load(wanted, QStringLiteral("unknot"), QStringLiteral("_"), folder)) {
        language = languageOf(own->language());
    }
    if (language == QLatin1String("en")) {
        delete own; // the plural forms are in already
    } else {
        install(own, true);
        // Qt's own words (OK, Cancel, the file dialogs) in the same language, where the system has them.
        auto* qt = new QTranslator(owner);
        if (!install(qt, qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))) {
            log::info(QStringLiteral("no Qt translation for %1: standard buttons stay in English").arg(language));
        }
    }

    // Dates and numbers follow a language chosen by hand; following the system, they keep the system's own.
    const bool systemSpeaksIt = system.language() == QLocale(language).language()
                                || (system.language() == QLocale::C && language == QLatin1String("en"));
    QLocale::setDefault(code.isEmpty() || systemSpeaksIt ? system : QLocale(language));
    inUse() = language;
    return language;
}

QString Language::current()
{
    return inUse();
}

} // namespace unknot
