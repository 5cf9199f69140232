#pragma once

#include "ItemRef.h"

#include <QUndoCommand>
#include <functional>

namespace unknot {

class OwnItemsRepository;

/// Deletes one of the person's own routines or exercises; undo brings it back. Storage keeps a deleted item until
/// the next start, so undo works for as long as the stack does. A failure is reported through failed().
class DeleteOwnItemCommand : public QUndoCommand {
public:
    /// after runs once the item is gone or back (to show the library as it now is).
    DeleteOwnItemCommand(OwnItemsRepository& items, ItemRef ref, const QString& text, std::function<void()> after);
    void redo() override;
    void undo() override;
    QString failed() const { return m_failed; }
    const ItemRef& ref() const { return m_ref; }

private:
    OwnItemsRepository& m_items;
    ItemRef m_ref;
    std::function<void()> m_after;
    QString m_failed;
};

} // namespace unknot
