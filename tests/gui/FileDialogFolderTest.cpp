#include "common/FileDialogFolder.h"

#include "../core/StringMaker.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("file dialogs start in the documents folder, then where the last file was chosen", "[files]")
{
    QSettings().remove(FileDialogFolder::settingsKey());
    QTemporaryDir home;
    const QString documents = home.filePath(QStringLiteral("Documents"));
    REQUIRE(QDir().mkpath(documents));

    // First time: the documents folder, for opening and for saving alike.
    CHECK(FileDialogFolder::start(documents) == documents);
    CHECK(FileDialogFolder::startPath(QStringLiteral("journal.csv"), documents) ==
          documents + QStringLiteral("/journal.csv"));

    // A file chosen elsewhere: the next dialog, whichever it is, opens there.
    const QString usb = home.filePath(QStringLiteral("usb stick"));
    REQUIRE(QDir().mkpath(usb));
    FileDialogFolder::remember(usb + QStringLiteral("/unknot-journal.csv"));
    CHECK(FileDialogFolder::start(documents) == usb);
    CHECK(FileDialogFolder::startPath(QStringLiteral("report.pdf"), documents) == usb + QStringLiteral("/report.pdf"));

    // A cancelled dialog changes nothing.
    FileDialogFolder::remember(QString());
    CHECK(FileDialogFolder::start(documents) == usb);
    QSettings().remove(FileDialogFolder::settingsKey());
}

TEST_CASE("a folder that is gone or was never there is never offered", "[files]")
{
    QSettings().remove(FileDialogFolder::settingsKey());
    QTemporaryDir home;
    const QString missingDocuments = home.filePath(QStringLiteral("Documents")); // not created
    // A dialog given a missing folder opens its parent with the folder's name typed in: home instead.
    CHECK(FileDialogFolder::start(missingDocuments) == QDir::homePath());
    CHECK(FileDialogFolder::start(QString()) == QDir::homePath());
    CHECK(QDir(FileDialogFolder::startPath(QStringLiteral("journal.csv"), missingDocuments)).isAbsolute());

    const QString stick = home.filePath(QStringLiteral("stick"));
    REQUIRE(QDir().mkpath(stick));
    FileDialogFolder::remember(stick + QStringLiteral("/journal.csv"));
    REQUIRE(QDir(stick).removeRecursively()); // unplugged
    const QString documents = home.filePath(QStringLiteral("Papers"));
    REQUIRE(QDir().mkpath(documents));
    CHECK(FileDialogFolder::start(documents) == documents);
    QSettings().remove(FileDialogFolder::settingsKey());
}
