#include "../core/StringMaker.h"
#include "../storage/JournalFiles.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "common/Prompts.h"
#include "journal/RestoreDialog.h"
#include "SteadyClock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::testing;

namespace {

/// Answers the modal windows a restore shows: picks the newest backup in the list, then closes the closing note.
class RestoreAnswers {
public:
    RestoreAnswers()
    {
        Prompts::setAnswerer([](const QString&, const QString&) { return true; });
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* dialog = qobject_cast<RestoreDialog*>(modal)) {
                auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("backups"));
                listed = list->topLevelItemCount();
                list->setCurrentItem(list->topLevelItem(0));
                dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"))->click();
            } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                note = box->text();
                box->accept();
            }
        });
        m_timer.start();
    }
    ~RestoreAnswers() { Prompts::setAnswerer({}); }

    int listed = 0;
    QString note;

private:
    QTimer m_timer;
};

QStringList setAside(const QString& journal)
{
    return QDir(JournalBackup::folderFor(journal)).entryList({QStringLiteral("*-set-aside.sqlite")}, QDir::Files);
}

} // namespace

TEST_CASE("a damaged journal is kept untouched, said so, and a backup brings it back", "[gui][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        AppContext context(path);
        REQUIRE(context.journalOk());
        REQUIRE(addEntry(context.database().connection(), 5, QStringLiteral("2024-05-01T08:00:00.000Z")));
        REQUIRE(JournalBackup::make(context.database().connection(), JournalBackup::Reason::Daily,
                                    QDateTime::currentDateTime().addSecs(60)));
    }
    makeFilledJournal(dir.filePath(QStringLiteral("unused.sqlite"))); // not this journal's backups
    {
        Database db; // grow the journal so the damage lands inside a table
        REQUIRE(db.open(path).ok());
        for (int i = 0; i < 2000; ++i) {
            REQUIRE(addEntry(db.connection(), 7, QStringLiteral("2024-05-02T08:00:00.000Z")));
        }
    }
    damageJournal(path);
    const QByteArray damaged = fileDigest(path);
    const qsizetype backupsBefore = JournalBackup::list(path).size();

    AppContext context(path);
    CHECK(context.journalDamaged());
    CHECK(context.problem().contains(QStringLiteral("is damaged")));
    CHECK(fileDigest(path) == damaged);
    CHECK(JournalBackup::list(path).size() == backupsBefore); // no backup of a damaged file

    SteadyClock clock;
    MainWindow window(context, clock);
    window.showProblem(context.problem());
    {
        RestoreAnswers answers;
        window.reportJournalProblem();
        CHECK(Prompts::lastQuestion().contains(QStringLiteral("kept in the backups folder")));
        CHECK(answers.listed == 2);
        CHECK(answers.note.contains(QStringLiteral("is back as it was")));
    }
    REQUIRE(context.journalOk());
    CHECK(count(context.database().connection(), QStringLiteral("pain_entry")) == 1);
    CHECK(window.findChild<QLabel*>(QStringLiteral("problem"))->isHidden());
    const QStringList kept = setAside(path);
    REQUIRE(kept.size() == 1);
    CHECK(fileDigest(QDir(JournalBackup::folderFor(path)).filePath(kept.first())) == damaged);
    // The restored journal takes new entries through the same repositories the windows hold.
    const auto entries = context.pain().all();
    REQUIRE(entries);
    CHECK(entries->size() == 1);
}

TEST_CASE("Restore from backup keeps the current journal as a backup and brings back the old contents", "[gui][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    AppContext context(path);
    REQUIRE(context.journalOk());
    REQUIRE(addEntry(context.database().connection(), 5, QStringLiteral("2024-05-01T08:00:00.000Z")));
    REQUIRE(JournalBackup::make(context.database().connection(), JournalBackup::Reason::Daily,
                                QDateTime::currentDateTime().addSecs(60)));
    REQUIRE(addEntry(context.database().connection(), 8, QStringLiteral("2024-05-03T08:00:00.000Z")));

    SteadyClock clock;
    MainWindow window(context, clock);
    auto* action = window.findChild<QAction*>(QStringLiteral("restoreAction"));
    REQUIRE(action);
    {
        RestoreAnswers answers;
        action->trigger();
        CHECK(answers.note.contains(QStringLiteral("is back as it was")));
    }
    REQUIRE(context.journalOk());
    CHECK(count(context.database().connection(), QStringLiteral("pain_entry")) == 1);
    bool keptCurrent = false;
    for (const auto& backup : JournalBackup::list(path)) {
        keptCurrent = keptCurrent || (backup.reason == JournalBackup::Reason::BeforeRestore && backup.painEntries == 2);
    }
    CHECK(keptCurrent);
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("the journal at the default path, its -wal, -shm and backups are private", "[gui][privacy]")
{
    const mode_t previous = ::umask(022);
    const QString path = AppContext::defaultPath();
    const QString folder = QFileInfo(path).absolutePath();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    QDir(JournalBackup::folderFor(path)).removeRecursively();
    {
        AppContext context(path);
        REQUIRE(context.journalOk());
        CHECK(modeOf(folder) == 0700);
        CHECK(modeOf(path) == 0600);
        CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
        CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
        const auto backups = JournalBackup::list(path); // the first daily backup
        REQUIRE(backups.size() == 1);
        CHECK(modeOf(JournalBackup::folderFor(path)) == 0700);
        CHECK(modeOf(backups.first().path) == 0600);
    }
    ::umask(previous);
    QDir(JournalBackup::folderFor(path)).removeRecursively();
    QFile::remove(path);
}
