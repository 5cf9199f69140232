#include "AppContext.h"

#include "BuiltinContent.h"
#include "Log.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace unknot {

QString AppContext::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (QDir().mkpath(dir)) {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return QDir(dir).filePath(QStringLiteral("unknot.sqlite"));
}

AppContext::AppContext(const QString& path, const QString& owner)
    : m_owner(owner)
{
    Database::Status status = m_database.open(path);
    if (status.ok()) {
        makeRepositories();
        QString error;
        if (installContent(&error)) {
            return;
        }
        status.message = QStringLiteral("Unknot could not update the library in %1: %2. Your journal was not "
                                        "changed. Check the free disk space and start Unknot again.")
                             .arg(QDir::toNativeSeparators(path), error);
    }
    // The journal is unusable: keep the library readable from memory, and say what is wrong.
    m_problem = status.message;
    log::warn(QStringLiteral("running without a journal: %1").arg(m_problem));
    m_database.open(QStringLiteral(":memory:"));
    makeRepositories();
    QString error;
    installContent(&error);
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
