#pragma once

#include "PainEntry.h"

#include <QUndoCommand>

namespace unknot {

class PainRepository;
class SessionRepository;

/// Undoable changes to the journal. Each reports a failure through failed() rather than pretending it worked.
class DeleteEntryCommand : public QUndoCommand {
public:
    DeleteEntryCommand(PainRepository& pain, qint64 id, const QString& text);
    void redo() override;
    void undo() override;
    QString failed() const { return m_failed; }

private:
    PainRepository& m_pain;
    qint64 m_id;
    QString m_failed;
};

class DeleteSessionCommand : public QUndoCommand {
public:
    DeleteSessionCommand(SessionRepository& sessions, qint64 id, const QString& text);
    void redo() override;
    void undo() override;
    QString failed() const { return m_failed; }

private:
    SessionRepository& m_sessions;
    qint64 m_id;
    QString m_failed;
};

/// An edit made (and saved) in the rating dialog; undo puts the old values back.
class EditEntryCommand : public QUndoCommand {
public:
    EditEntryCommand(PainRepository& pain, PainEntry before, PainEntry after);
    void redo() override;
    void undo() override;

private:
    PainRepository& m_pain;
    PainEntry m_before;
    PainEntry m_after;
    bool m_done = true; ///< the dialog already saved it: the first redo has nothing to do
};

} // namespace unknot
