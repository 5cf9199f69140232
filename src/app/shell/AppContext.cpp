#include "shell/AppContext.h"

#include "BuiltinContent.h"
#include "Log.h"
#include "OwnerOnly.h"

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
        QString error;
        if (installContent(&error)) {
            m_problem.clear();
            m_problemKind = Database::Problem::None;
            if (!JournalBackup::makeDailyIfDue(m_database.connection(), &error)) {
                log::warn(QStringLiteral("no daily backup: %1").arg(error));
            }
            return;
        }
        status.problem = Database::Problem::MigrationFailed;
        status.message = tr("Unknot could not update the library in %1: %2. Your journal was not "
                            "changed. Check the free disk space and start Unknot again.")
                             .arg(QDir::toNativeSeparators(m_path), error);
    }
    // The journal is unusable: keep the library readable from memory, and say what is wrong.
    m_problem = status.message;
    m_problemKind = status.problem;
    log::warn(QStringLiteral("running without a journal: %1").arg(m_problem));
    m_database.open(QStringLiteral(":memory:"));
    if (!m_library) {
        makeRepositories();
    }
    QString error;
    installContent(&error);
}

bool AppContext::restore(const QString& backupPath, QString* error)
{
    // Never replace the person's file without keeping it: a checked backup when sound, else a plain copy.
    if (journalOk()) {
        if (!JournalBackup::make(m_database.connection(), JournalBackup::Reason::BeforeRestore, error)) {
            return false;
        }
    } else if (QFileInfo(m_path).isFile() && !JournalBackup::setAside(m_path, error)) {
        return false;
    }
    m_database.close();
    const bool replaced = JournalBackup::replace(m_path, backupPath, error);
    openJournal(); // the restored file, or the one kept in place when the replace failed
    if (replaced && !journalOk()) {
        *error = m_problem;
    }
    return replaced && journalOk();
}

void AppContext::makeRepositories()
{
    m_library = std::make_unique<LibraryRepository>(m_database.connection());
    m_sessions = std::make_unique<SessionRepository>(m_database.connection(), m_owner);
    m_settings = std::make_unique<SettingsRepository>(m_database.connection());
    m_pain = std::make_unique<PainRepository>(m_database.connection());
    m_history = std::make_unique<HistoryRepository>(m_database.connection());
    m_safety = std::make_unique<SafetyRepository>(m_database.connection());
    m_transfer = std::make_unique<JournalTransfer>(m_database.connection());
}

bool AppContext::installContent(QString* error)
{
    const BuiltinContent content = BuiltinContent::load();
    if (!m_library->install(content.pack, content.fingerprint, error)) {
        log::error(QStringLiteral("content install failed: %1").arg(*error));
        return false;
    }
    return true;
}

} // namespace unknot
