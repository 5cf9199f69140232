#pragma once

#include "ItemRef.h"

#include <QList>

#include <optional>

namespace unknot {

/// Back/forward history of the library items a person has opened, like a web browser's.
class NavigationHistory {
public:
    /// Records a newly opened item; drops the forward list. Opening the current item again changes nothing.
    void visit(const ItemRef& ref);
    std::optional<ItemRef> current() const;
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    /// Moves one step back and returns the item to show, or nothing at the start.
    std::optional<ItemRef> back();
    std::optional<ItemRef> forward();

private:
    QList<ItemRef> m_entries;
    qsizetype m_index = -1;
};

} // namespace unknot
