#include "journal/JournalCommands.h"

#include "PainRepository.h"
#include "SessionRepository.h"

namespace unknot {

DeleteEntryCommand::DeleteEntryCommand(PainRepository& pain, qint64 id, const QString& text)
    : QUndoCommand(text)
    , m_pain(pain)
    , m_id(id)
{
}

void DeleteEntryCommand::redo()
{
    m_failed.clear();
    m_pain.remove(m_id, &m_failed);
}

void DeleteEntryCommand::undo()
{
    m_failed.clear();
    m_pain.restore(m_id, &m_failed);
}

DeleteSessionCommand::DeleteSessionCommand(SessionRepository& sessions, qint64 id, const QString& text)
    : QUndoCommand(text)
    , m_sessions(sessions)
    , m_id(id)
{
}

void DeleteSessionCommand::redo()
{
    m_failed.clear();
    m_sessions.remove(m_id, &m_failed);
}

void DeleteSessionCommand::undo()
{
    m_failed.clear();
    m_sessions.restore(m_id, &m_failed);
}

EditEntryCommand::EditEntryCommand(PainRepository& pain, PainEntry before, PainEntry after)
    : QUndoCommand(QStringLiteral("edit the rating"))
    , m_pain(pain)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditEntryCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    QString error;
    m_pain.update(m_after, &error);
}

void EditEntryCommand::undo()
{
    QString error;
    m_pain.update(m_before, &error);
}

} // namespace unknot
