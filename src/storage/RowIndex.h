#pragma once

#include <QHash>
#include <QList>
#include <algorithm>
#include <vector>

namespace unknot {

/// Storage only. Where each row read so far sits in the list being built, by its id, for attaching the rows of a
/// second query (steps to sessions, places to ratings). Row ids are nearly always dense: then a plain vector answers
/// tens of thousands of lookups without hashing.
class RowIndex {
public:
    /// The next row's id; its place is the number of ids added before it.
    void add(qint64 id) { m_ids.append(id); }
    /// Builds the lookup; call once every id is added, before value().
    void finish()
    {
        if (m_ids.isEmpty()) {
            return;
        }
        const auto [low, high] = std::minmax_element(m_ids.cbegin(), m_ids.cend());
        m_first = *low;
        m_dense = *high - *low <= 4 * m_ids.size() + 1024;
        if (m_dense) {
            m_places.assign(static_cast<size_t>(*high - *low + 1), -1);
            for (qsizetype i = 0; i < m_ids.size(); ++i) {
                m_places[static_cast<size_t>(m_ids.at(i) - m_first)] = i;
            }
        } else {
            m_sparse.reserve(m_ids.size());
            for (qsizetype i = 0; i < m_ids.size(); ++i) {
                m_sparse.insert(m_ids.at(i), i);
            }
        }
    }
    /// Where id was added; -1 for an id never added.
    qsizetype value(qint64 id) const
    {
        if (!m_dense) {
            return m_sparse.value(id, -1);
        }
        const qint64 at = id - m_first;
        return at >= 0 && at < static_cast<qint64>(m_places.size()) ? m_places[static_cast<size_t>(at)] : -1;
    }
    /// Every id, in the order added.
    const QList<qint64>& ids() const { return m_ids; }

private:
    QList<qint64> m_ids;
    qint64 m_first = 0;
    bool m_dense = false;
    std::vector<qsizetype> m_places;
    QHash<qint64, qsizetype> m_sparse;
};

} // namespace unknot
