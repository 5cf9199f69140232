#include "PainSiteChoice.h"

namespace unknot {

PainSiteChoice::Mark PainSiteChoice::mark(const QString& key) const
{
    if (!m_chosen.contains(key)) {
        return Mark::None;
    }
    return key == m_worst ? Mark::Worst : Mark::Hurts;
}

void PainSiteChoice::set(const QString& key, bool chosen)
{
    if (chosen && !m_chosen.contains(key)) {
        m_chosen.append(key);
    } else if (!chosen) {
        m_chosen.removeAll(key);
        if (key == m_worst) {
            m_worst.clear();
        }
    }
}

void PainSiteChoice::setWorst(const QString& key)
{
    m_worst = m_chosen.contains(key) ? key : QString();
}

PainSiteChoice::Mark PainSiteChoice::tap(const QString& key)
{
    switch (mark(key)) {
    case Mark::None:
        set(key, true);
        break;
    case Mark::Hurts:
        setWorst(key);
        break;
    case Mark::Worst:
        set(key, false);
        break;
    }
    return mark(key);
}

} // namespace unknot
