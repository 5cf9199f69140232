#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace unknot {

/// Which language Unknot speaks. By default it follows the system's languages; a choice made in Help → Language is
/// kept in the settings and applies from the next start. English is the source language: its file holds only the
/// plural forms ("1 step", "2 steps") and is always loaded, under any other.
class Language {
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    /// The QSettings key of the choice.
    static QString settingsKey();
    /// The languages Unknot ships, English first: "en", "de".
    static QStringList codes();
    /// A language's name in that language ("English", "Deutsch"); never translated, so everyone finds their own.
    static QString nativeName(const QString& code);
    /// The choice kept in the settings: empty to follow the system, else one of codes(). Anything else reads as empty.
    static QString chosen();
    /// Keeps code (empty, or one of codes()) for the next start.
    static void choose(const QString& code);
    /// Installs the translations for code (empty: the system's languages, in their order of preference): the English
    /// plural forms, Unknot's own file and Qt's (standard buttons, file dialogs) where present, replacing those
    /// installed before. A chosen language that is not the system's also becomes the default QLocale, so dates and
    /// numbers read the same way as the words. Returns the code in use: "en" when no shipped language fits.
    static QString apply(const QString& code);
    /// What the last apply() put in use; "en" before any.
    static QString current();
};

} // namespace unknot
