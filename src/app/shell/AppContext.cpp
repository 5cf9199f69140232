#include "shell/AppContext.h"

#include "BuiltinContent.h"
#include "Log.h"
#include "OwnerOnly.h"
#include "common/Preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace unknot {

QString AppContext::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    OwnerOnly::makeFolder(dir);
    return QDir(dir).filePath(QStringLiteral("unknot.sqlite"));
}

AppContext::AppContext(const QString& path, const QString& owner)
    : m_owner(owner)
    , m_path(path)
{
    openJournal();
}

void AppContext::openJournal()
{
    Database::Status status = m_database.open(m_path);
    if (status.ok()) {
        if (!m_library) {
            makeRepositories();
        }
        const auto installed = installContent();
        if (installed) {
            Preferences::instance().adoptFromJournal(*m_settings);
            m_problem.clear();
            m_problemKind = Database::Problem::None;
            if (const auto backup = JournalBackup::makeDailyIfDue(m_database.connection()); !backup) {
                log::warn(QStringLiteral("no daily backup: %1").arg(backup.error()));
            }
            return;
        }
        status.problem = Database::Problem::MigrationFailed;
        status.message = tr("Unknot could not update the library in %1: %2. Your journal was not "
                            "changed. Check the free disk space and start Unknot again.")
                             .arg(QDir::toNativeSeparators(m_path), installed.error());
    }
    // The journal is unusable: keep the library readable from memory, and say what is wrong.
    m_problem = status.message;
    m_problemKind = status.problem;
    log::warn(QStringLiteral("running without a journal: %1").arg(m_problem));
    m_database.open(QStringLiteral(":memory:"));
    if (!m_library) {
        makeRepositories();
    }
    // In memory this cannot meet a full disk; were it to fail, the library shows empty and the log says why.
    (void)installContent();
}

Result<> AppContext::restore(const QString& backupPath)
{
    // Never replace the person's file without keeping it: a checked backup when sound, else a plain copy.
    if (journalOk()) {
        if (const auto kept = JournalBackup::make(m_database.connection(), JournalBackup::Reason::BeforeRestore);
            !kept) {
            return kept.failed();
        }
    } else if (QFileInfo(m_path).isFile()) {
        if (const auto kept = JournalBackup::setAside(m_path); !kept) {
            return kept.failed();
        }
    }
    m_database.close();
    const auto replaced = JournalBackup::replace(m_path, backupPath);
    openJournal(); // the restored file, or the one kept in place when the replace failed
    if (!replaced) {
        return replaced;
    }
    if (!journalOk()) {
        return Failed{Failure::Unreadable, m_problem};
    }
    return {};
}

void AppContext::makeRepositories()
{
    m_library = std::make_unique<LibraryRepository>(m_database.connection());
    m_sessions = std::make_unique<SessionRepository>(m_database.connection(), m_owner);
    m_settings = std::make_unique<SettingsRepository>(m_database.connection());
    m_pain = std::make_unique<PainRepository>(m_database.connection());
    m_history = std::make_unique<HistoryRepository>(m_database.connection());
    m_safety = std::make_unique<SafetyRepository>(m_database.connection());
    m_ownItems = std::make_unique<OwnItemsRepository>(m_database.connection());
    m_ownImport = std::make_unique<OwnItemsImport>(m_database.connection());
    m_transfer = std::make_unique<JournalTransfer>(m_database.connection());
}

Result<> AppContext::installContent()
{
    // Own items deleted in an earlier run can no longer be brought back: let them go (storage logs a failure).
    (void)m_ownItems->purgeDeleted();
    const BuiltinContent content = BuiltinContent::load();
    return m_library->install(content.pack, content.fingerprint);
}

} // namespace unknot
