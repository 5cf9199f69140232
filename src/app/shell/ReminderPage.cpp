#include "shell/ReminderPage.h"

#include "common/OwnMark.h"
#include "common/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>

namespace unknot {

ReminderPage::ReminderPage(const QList<ItemSummary>& routines, const QString& idleNote, QWidget* parent)
    : QWidget(parent)
    , m_on(new QCheckBox(tr("Remind me to take a short break")))
    , m_minutes(new QSpinBox)
    , m_from(new QTimeEdit)
    , m_to(new QTimeEdit)
    , m_postpone(new QSpinBox)
    , m_postpones(new QSpinBox)
    , m_routine(new QComboBox)
    , m_settings(ReminderSettings::fromVariantMap(Preferences::instance().reminders()))
{
    setObjectName(QStringLiteral("remindersPage"));
    m_on->setObjectName(QStringLiteral("remindersOn"));
    m_minutes->setObjectName(QStringLiteral("remindAfter"));
    m_from->setObjectName(QStringLiteral("workFrom"));
    m_to->setObjectName(QStringLiteral("workTo"));
    m_postpone->setObjectName(QStringLiteral("postponeMinutes"));
    m_postpones->setObjectName(QStringLiteral("postponeLimit"));
    m_routine->setObjectName(QStringLiteral("reminderRoutine"));

    auto* form = new QFormLayout(this);
    form->addRow(m_on);
    m_minutes->setRange(10, 180);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(std::clamp(m_settings.activeSeconds / 60, 10, 180));
    form->addRow(tr("&After, at the computer:"), m_minutes);

    auto* days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        box->setObjectName(QStringLiteral("day%1").arg(day));
        box->setChecked(m_settings.isWorkDay(day));
        days->addWidget(box);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, &ReminderPage::store);
    }
    form->addRow(tr("On:"), days);
    auto* hours = new QHBoxLayout;
    //: How working hours are shown in the reminders' settings (QTime format).
    const QString clock = tr("HH:mm");
    m_from->setDisplayFormat(clock);
    m_to->setDisplayFormat(clock);
    m_from->setTime(m_settings.workStart);
    m_to->setTime(m_settings.workEnd);
    hours->addWidget(m_from);
    hours->addWidget(new QLabel(tr("to")));
    hours->addWidget(m_to);
    hours->addStretch(1);
    // A row of several fields has no buddy for an accelerator: the label names them without one.
    form->addRow(tr("From:"), hours);

    auto* later = new QHBoxLayout;
    m_postpone->setRange(5, 60);
    m_postpone->setSingleStep(5);
    m_postpone->setSuffix(tr(" min"));
    m_postpone->setValue(std::clamp(m_settings.postponeSeconds / 60, 5, 60));
    m_postpones->setRange(0, 5);
    m_postpones->setValue(m_settings.maxPostpones);
    later->addWidget(m_postpone);
    later->addWidget(new QLabel(tr("at most")));
    later->addWidget(m_postpones);
    later->addWidget(new QLabel(tr("times in a row")));
    later->addStretch(1);
    form->addRow(tr("\"Later\" waits:"), later);

    for (const ItemSummary& routine : routines) {
        m_routine->addItem(OwnMark::listLabel(routine.name, routine.own), routine.ref.id);
    }
    m_routine->setCurrentIndex(std::max(0, m_routine->findData(m_settings.routineId)));
    form->addRow(tr("&Offer:"), m_routine);

    auto* note = new QLabel(idleNote);
    note->setObjectName(QStringLiteral("idleNote"));
    note->setWordWrap(true);
    form->addRow(note);
    auto* quiet = new QLabel(tr("A reminder never takes the keyboard from what you are typing. None comes during a "
                                "routine, just after one, or outside these hours; time away from the computer "
                                "counts as a break."));
    quiet->setWordWrap(true);
    form->addRow(quiet);

    m_fields = {m_minutes, m_from, m_to, m_postpone, m_postpones, m_routine};
    for (QCheckBox* box : std::as_const(m_days)) {
        m_fields.append(box);
    }
    m_on->setChecked(m_settings.enabled);
    enableFields();
    connect(m_on, &QCheckBox::toggled, this, [this] {
        enableFields();
        store();
    });
    connect(m_minutes, &QSpinBox::valueChanged, this, &ReminderPage::store);
    connect(m_from, &QTimeEdit::timeChanged, this, &ReminderPage::store);
    connect(m_to, &QTimeEdit::timeChanged, this, &ReminderPage::store);
    connect(m_postpone, &QSpinBox::valueChanged, this, &ReminderPage::store);
    connect(m_postpones, &QSpinBox::valueChanged, this, &ReminderPage::store);
    connect(m_routine, &QComboBox::activated, this, &ReminderPage::store);
}

void ReminderPage::enableFields()
{
    for (QWidget* field : std::as_const(m_fields)) {
        field->setEnabled(m_on->isChecked());
    }
}

void ReminderPage::store()
{
    m_settings.enabled = m_on->isChecked();
    m_settings.activeSeconds = m_minutes->value() * 60;
    m_settings.workDays.clear();
    for (int day = 1; day <= m_days.size(); ++day) {
        if (m_days.at(day - 1)->isChecked()) {
            m_settings.workDays.append(day);
        }
    }
    m_settings.workStart = m_from->time();
    m_settings.workEnd = m_to->time();
    m_settings.postponeSeconds = m_postpone->value() * 60;
    m_settings.maxPostpones = m_postpones->value();
    m_settings.routineId = m_routine->currentData().toString();
    Preferences::instance().setReminders(m_settings.toVariantMap());
}

} // namespace unknot
