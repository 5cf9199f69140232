#include "NavigationHistory.h"

namespace unknot {

void NavigationHistory::visit(const ItemRef& ref)
{
    if (current() == ref) {
        return;
    }
    m_entries.resize(m_index + 1);
    m_entries.append(ref);
    m_index = m_entries.size() - 1;
}

std::optional<ItemRef> NavigationHistory::current() const
{
    if (m_index < 0) {
        return std::nullopt;
    }
    return m_entries.at(m_index);
}

std::optional<ItemRef> NavigationHistory::back()
{
    if (!canGoBack()) {
        return std::nullopt;
    }
    --m_index;
    return current();
}

std::optional<ItemRef> NavigationHistory::forward()
{
    if (!canGoForward()) {
        return std::nullopt;
    }
    ++m_index;
    return current();
}

} // namespace unknot
