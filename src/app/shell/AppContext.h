#pragma once

#include "Database.h"
#include "HistoryRepository.h"
#include "JournalBackup.h"
#include "JournalTransfer.h"
#include "LibraryRepository.h"
#include "OwnItemsImport.h"
#include "OwnItemsRepository.h"
#include "PainRepository.h"
#include "Result.h"
#include "SafetyRepository.h"
#include "SessionOwner.h"
#include "SessionRepository.h"
#include "SettingsRepository.h"

#include <QCoreApplication>
#include <memory>

namespace unknot {

/// Everything the windows share: the open database and the library read from it.
/// If the person's file cannot be used, the library still works from memory and problem() says why.
class AppContext {
    Q_DECLARE_TR_FUNCTIONS(AppContext)

public:
    /// Opens path (the journal file), installing the built-in content if it changed. owner: who its sessions are
    /// written as (SessionOwner); tests pass another process's token to play a second Unknot.
    explicit AppContext(const QString& path, const QString& owner = SessionOwner::thisProcess());

    const LibraryRepository& library() const { return *m_library; }
    SessionRepository& sessions() { return *m_sessions; }
    SettingsRepository& settings() { return *m_settings; }
    PainRepository& pain() { return *m_pain; }
    HistoryRepository& history() { return *m_history; }
    SafetyRepository& safety() { return *m_safety; }
    OwnItemsRepository& ownItems() { return *m_ownItems; }
    OwnItemsImport& ownImport() { return *m_ownImport; }
    JournalTransfer& transfer() { return *m_transfer; }
    /// False when running on the in-memory fallback: nothing will be kept.
    bool journalOk() const { return m_problem.isEmpty(); }
    Database& database() { return m_database; }
    /// Plain-words description of what went wrong with the journal file; empty when all is well.
    QString problem() const { return m_problem; }
    /// True when the journal failed SQLite's check: a backup may bring it back.
    bool journalDamaged() const { return m_problemKind == Database::Problem::Damaged; }
    /// The journal file asked for, even while running on the in-memory fallback.
    QString journalPath() const { return m_path; }
    QList<JournalBackup::Entry> backups() const { return JournalBackup::list(m_path); }
    /// Keeps the current journal file (a backup, or a copy as it is when unusable), puts the backup in its place
    /// and reopens it. The repositories stay the same objects. False with error set if nothing was replaced.
    Result<> restore(const QString& backupPath);

    static QString defaultPath();

private:
    void openJournal();
    Result<> installContent();
    void makeRepositories();

    Database m_database;
    std::unique_ptr<LibraryRepository> m_library;
    std::unique_ptr<SessionRepository> m_sessions;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<PainRepository> m_pain;
    std::unique_ptr<HistoryRepository> m_history;
    std::unique_ptr<SafetyRepository> m_safety;
    std::unique_ptr<OwnItemsRepository> m_ownItems;
    std::unique_ptr<OwnItemsImport> m_ownImport;
    std::unique_ptr<JournalTransfer> m_transfer;
    QString m_owner;
    QString m_path;
    QString m_problem;
    Database::Problem m_problemKind = Database::Problem::None;
};

} // namespace unknot
