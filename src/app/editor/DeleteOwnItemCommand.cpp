#include "editor/DeleteOwnItemCommand.h"

#include "OwnItemsRepository.h"

namespace unknot {

DeleteOwnItemCommand::DeleteOwnItemCommand(OwnItemsRepository& items, ItemRef ref, const QString& text,
                                           std::function<void()> after)
    : QUndoCommand(text)
    , m_items(items)
    , m_ref(std::move(ref))
    , m_after(std::move(after))
{
}

void DeleteOwnItemCommand::redo()
{
    m_failed = m_items.remove(m_ref.kind, m_ref.id).error();
    m_after();
}

void DeleteOwnItemCommand::undo()
{
    m_failed = m_items.restore(m_ref.kind, m_ref.id).error();
    m_after();
}

} // namespace unknot
