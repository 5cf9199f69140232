#pragma once

#include "ItemSummary.h"
#include "ReminderSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace unknot {

/// The settings' first page: break reminders on or off, after how long, on which days and hours, how often "Later"
/// may put one off, the routine offered, and how this desktop tells Unknot that the person is away. Each change is
/// stored at once (Preferences), which the desk companion follows.
class ReminderPage : public QWidget {
    Q_OBJECT

public:
    /// routines: those a reminder may offer; idleNote: how idle time is learnt here, in a plain sentence.
    ReminderPage(const QList<ItemSummary>& routines, const QString& idleNote, QWidget* parent = nullptr);

private:
    void store();
    void enableFields();

    QCheckBox* m_on;
    QSpinBox* m_minutes;
    QList<QCheckBox*> m_days;
    QTimeEdit* m_from;
    QTimeEdit* m_to;
    QSpinBox* m_postpone;
    QSpinBox* m_postpones;
    QComboBox* m_routine;
    QList<QWidget*> m_fields;
    ReminderSettings m_settings;
};

} // namespace unknot
