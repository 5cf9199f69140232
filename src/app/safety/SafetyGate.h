#pragma once

#include <QCoreApplication>
#include <QDateTime>

class QWidget;

namespace unknot {

class AppContext;

/// Stands before every session: while a safety-check answer says "call for help now" or "see a doctor first",
/// starting a routine says so and asks. It stands until the person takes the check again (and answers no) or
/// says the advice was followed; that moment is kept with the journal.
class SafetyGate {
    Q_DECLARE_TR_FUNCTIONS(SafetyGate)

public:
    SafetyGate(AppContext& context, QWidget* parent);

    /// True when nothing stands, or the person chose to start anyway after following the advice.
    bool allowsStart();
    /// True while a yes answer to a warning sign stands.
    bool standing() const;

    static const QString followedKey; ///< setting: when the person said the advice was followed

private:
    QDateTime followedAt() const;

    AppContext& m_context;
    QWidget* m_parent;
};

} // namespace unknot
