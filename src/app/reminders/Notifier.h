#pragma once

#include <QObject>
#include <QString>

namespace unknot {

/// What the person answered a reminder with.
enum class ReminderChoice {
    Start,     ///< play the routine now
    Later,     ///< put it off (postpone)
    Skip,      ///< not this time
    Dismissed, ///< closed without choosing: taken as Skip
};

/// The words of one reminder, already translated.
struct ReminderNote {
    QString title;
    QString body;
    QString startLabel;
    QString laterLabel; ///< empty when no postpone is left: then only Start and Skip are offered
    QString skipLabel;
};

/// Shows a break reminder without taking the keyboard and reports the person's choice.
class Notifier : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    /// Shows the reminder, replacing one already shown.
    virtual void show(const ReminderNote& note) = 0;
    /// Takes the reminder away (the person took a break, a session started, working hours ended).
    virtual void withdraw() = 0;

Q_SIGNALS:
    void chosen(unknot::ReminderChoice choice);
    /// The desktop's do-not-disturb changed, where it tells.
    void doNotDisturbChanged(bool on);
};

} // namespace unknot
