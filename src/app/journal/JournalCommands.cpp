#include "journal/JournalCommands.h"

#include "PainRepository.h"
#include "SessionRepository.h"

#include <QCoreApplication>

namespace unknot {

DeleteEntryCommand::DeleteEntryCommand(PainRepository& pain, qint64 id, const QString& text)
    : QUndoCommand(text)
    , m_pain(pain)
    , m_id(id)
{
}

void DeleteEntryCommand::redo()
{
    m_failed = m_pain.remove(m_id).error();
}

void DeleteEntryCommand::undo()
{
    m_failed = m_pain.restore(m_id).error();
}

DeleteSessionCommand::DeleteSessionCommand(SessionRepository& sessions, qint64 id, const QString& text)
    : QUndoCommand(text)
    , m_sessions(sessions)
    , m_id(id)
{
}

void DeleteSessionCommand::redo()
{
    m_failed = m_sessions.remove(m_id).error();
}

void DeleteSessionCommand::undo()
{
    m_failed = m_sessions.restore(m_id).error();
}

EditEntryCommand::EditEntryCommand(PainRepository& pain, PainEntry before, PainEntry after)
    : QUndoCommand(QCoreApplication::translate("JournalCommands", "edit the rating"))
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
    // The view checks what an edit did before pushing it; a later redo that fails shows in the list it refreshes.
    (void)m_pain.update(m_after);
}

void EditEntryCommand::undo()
{
    (void)m_pain.update(m_before);
}

} // namespace unknot
