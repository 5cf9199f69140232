#pragma once

#include <QString>
#include <QStringList>

namespace unknot {

/// The places chosen in a pain rating, in the order chosen, with at most one marked as hurting most. Places are keys
/// such as BodyMapRegion::siteKey() gives. The rating dialog's list and its body map both edit one of these.
class PainSiteChoice {
public:
    enum class Mark { None, Hurts, Worst };

    Mark mark(const QString& key) const;
    /// Chooses or unchooses a place (a tick in the list); unchoosing the place that hurts most clears that too.
    void set(const QString& key, bool chosen);
    /// Marks a chosen place as hurting most (any other loses the mark); an empty or unchosen key clears the mark.
    void setWorst(const QString& key);
    /// A tap on the map: not chosen → hurts → hurts most → not chosen. Returns the place's new mark.
    Mark tap(const QString& key);
    /// The chosen places, in the order chosen.
    const QStringList& chosen() const { return m_chosen; }
    /// The place marked as hurting most; empty for none.
    const QString& worst() const { return m_worst; }

private:
    QStringList m_chosen;
    QString m_worst;
};

} // namespace unknot
