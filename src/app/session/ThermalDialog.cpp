#include "session/ThermalDialog.h"

#include "common/Tone.h"
#include "common/WindowFit.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace unknot {

namespace {

const QString modeKey = QStringLiteral("thermal/mode");
const QString minutesKey = QStringLiteral("thermal/minutes");
const QString cyclesKey = QStringLiteral("thermal/cycles");
const QString skinCheckKey = QStringLiteral("thermal/skinCheck");

QString modeName(ThermalPlan::Mode mode)
{
    switch (mode) {
    case ThermalPlan::Mode::Heat:
        return QStringLiteral("heat");
    case ThermalPlan::Mode::Cold:
        return QStringLiteral("cold");
    case ThermalPlan::Mode::Alternating:
        break;
    }
    return QStringLiteral("alternating");
}

ThermalPlan::Mode modeFromName(const QString& name)
{
    if (name == QStringLiteral("heat")) {
        return ThermalPlan::Mode::Heat;
    }
    if (name == QStringLiteral("cold")) {
        return ThermalPlan::Mode::Cold;
    }
    return ThermalPlan::Mode::Alternating;
}

int phaseCount(const ThermalPlan& plan)
{
    return plan.mode == ThermalPlan::Mode::Alternating ? 2 * plan.cycles : plan.cycles;
}

const char* const dialogStyle = R"(
QRadioButton { font-size: 14pt; padding: 8px 6px; spacing: 12px; }
QRadioButton::indicator { width: 20px; height: 20px; }
QLabel#heading { font-size: 16pt; font-weight: 600; }
QLabel#safety { background: @safety; border: 1px solid @safetyBorder; border-radius: 8px; padding: 10px 16px; }
QLabel#total { font-size: 13pt; color: @total; }
QLabel#cyclesHint { color: @quiet; }
QSpinBox { font-size: 13pt; padding: 4px 8px; min-width: 6em; }
)";

} // namespace

void ThermalDialog::applyColours()
{
    const bool dark = tone::isDark(tone::current());
    const QString sheet = QString::fromLatin1(dialogStyle)
                              .replace(QLatin1String("@safetyBorder"), QLatin1String(dark ? "#3f5553" : "#cfe0dc"))
                              .replace(QLatin1String("@safety"), QLatin1String(dark ? "#243433" : "#eef5f3"))
                              .replace(QLatin1String("@total"), QLatin1String(dark ? "#9fd6e0" : "#1f4b57"))
                              .replace(QLatin1String("@quiet"), tone::quiet(tone::current()).name());
    if (styleSheet() != sheet) { // a new sheet repolishes: only when it differs
        setStyleSheet(sheet);
    }
}

void ThermalDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
    }
}

ThermalDialog::ThermalDialog(QWidget* parent)
    : QDialog(parent)
{
    buildUi();
    loadSettings();
    refresh();
    windowfit::fit(this, QSize(680, 760)); // room for every reminder without scrolling, where the screen allows
}

void ThermalDialog::buildUi()
{
    setObjectName(QStringLiteral("thermalDialog"));
    setWindowTitle(tr("Heat and cold timer"));
    applyColours();
    setMinimumWidth(560);

    auto* heading = new QLabel(tr("Heat and cold"), this);
    heading->setObjectName(QStringLiteral("heading"));

    m_heat = new QRadioButton(tr("&Heat: for stiffness and tight muscles"), this);
    m_heat->setObjectName(QStringLiteral("modeHeat"));
    m_cold = new QRadioButton(tr("&Cold: after a new strain or injury"), this);
    m_cold->setObjectName(QStringLiteral("modeCold"));
    m_alternating = new QRadioButton(tr("&Alternating: cold first, then heat"), this);
    m_alternating->setObjectName(QStringLiteral("modeAlternating"));
    m_modes = new QButtonGroup(this);
    m_modes->addButton(m_heat);
    m_modes->addButton(m_cold);
    m_modes->addButton(m_alternating);

    // The spin box itself refuses anything past the cap; the problem label covers whatever else could be off.
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(ThermalPlan::minMinutes, ThermalPlan::maxMinutes);
    //: After the number in the minutes box: "15 min".
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("minutesProblem"));
    m_problem->setProperty("role", QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* minutesRow = new QHBoxLayout;
    minutesRow->addWidget(m_minutes);
    minutesRow->addWidget(m_problem, 1);
    minutesRow->addStretch();

    m_cycles = new QSpinBox(this);
    m_cycles->setObjectName(QStringLiteral("cycles"));
    m_cycles->setRange(1, ThermalPlan::maxCycles);
    m_cycles->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_cyclesHint = new QLabel(this);
    m_cyclesHint->setObjectName(QStringLiteral("cyclesHint"));
    m_cyclesHint->setWordWrap(true);
    auto* cyclesRow = new QHBoxLayout;
    cyclesRow->addWidget(m_cycles);
    cyclesRow->addWidget(m_cyclesHint, 1);

    m_skinCheck = new QSpinBox(this);
    m_skinCheck->setObjectName(QStringLiteral("skinCheck"));
    m_skinCheck->setRange(ThermalPlan::minSkinCheckSeconds, ThermalPlan::maxSkinCheckSeconds);
    m_skinCheck->setSingleStep(10);
    //: After the number in the seconds box: "60 s".
    m_skinCheck->setSuffix(tr(" s"));
    m_skinCheck->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    // Labels with mnemonics, so Alt+P, Alt+R and Alt+S reach each field from the keyboard.
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* widget = new QLabel(text, this);
        widget->setBuddy(buddy);
        return widget;
    };
    auto* form = new QFormLayout;
    form->addRow(label(tr("Each &phase"), m_minutes), minutesRow);
    form->addRow(label(tr("&Rounds"), m_cycles), cyclesRow);
    form->addRow(label(tr("&Skin check between phases"), m_skinCheck), m_skinCheck);

    QString reminders = QStringLiteral("<p><b>%1</b></p>").arg(tr("Before you start"));
    for (const QString& line : safetyReminders()) {
        reminders += QStringLiteral("<p style='margin-top: 4px'>\u2022&nbsp;&nbsp;%1</p>").arg(line.toHtmlEscaped());
    }
    auto* safety = new QLabel(reminders, this);
    safety->setObjectName(QStringLiteral("safety"));
    safety->setTextFormat(Qt::RichText);
    safety->setWordWrap(true);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    m_start->setToolTip(tr("Start the timer (Ctrl+Enter)"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ThermalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ThermalDialog::reject);
    // Ctrl+Enter starts from anywhere in the dialog, including from inside a spin box.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (m_start->isEnabled()) {
                accept();
            }
        });
    }

    // The choices scroll on a small screen; Start and Cancel stay in sight.
    auto* choices = new QWidget(this);
    auto* choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 8, 0);
    choicesLayout->setSpacing(12);
    choicesLayout->addWidget(heading);
    choicesLayout->addWidget(m_heat);
    choicesLayout->addWidget(m_cold);
    choicesLayout->addWidget(m_alternating);
    choicesLayout->addLayout(form);
    choicesLayout->addWidget(safety);
    choicesLayout->addWidget(m_total);
    choicesLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("choices"));
    scroll->setWidget(choices);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    connect(m_modes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (!checked) {
            return;
        }
        // A length the person has not changed follows the mode's suggestion; one they chose stays.
        const ThermalPlan::Mode mode = plan().mode;
        if (m_minutes->value() == ThermalPlan::defaultMinutes(m_shownMode)) {
            m_minutes->setValue(ThermalPlan::defaultMinutes(mode));
        }
        m_shownMode = mode;
        refresh();
    });
    for (QSpinBox* box : {m_minutes, m_cycles, m_skinCheck}) {
        connect(box, &QSpinBox::valueChanged, this, &ThermalDialog::refresh);
    }
}

ThermalPlan ThermalDialog::plan() const
{
    ThermalPlan plan;
    plan.mode = m_heat->isChecked()   ? ThermalPlan::Mode::Heat
                : m_cold->isChecked() ? ThermalPlan::Mode::Cold
                                      : ThermalPlan::Mode::Alternating;
    plan.phaseMinutes = m_minutes->value();
    plan.cycles = m_cycles->value();
    plan.skinCheckSeconds = m_skinCheck->value();
    return plan;
}

void ThermalDialog::setPlan(const ThermalPlan& plan)
{
    switch (plan.mode) {
    case ThermalPlan::Mode::Heat:
        m_heat->setChecked(true);
        break;
    case ThermalPlan::Mode::Cold:
        m_cold->setChecked(true);
        break;
    case ThermalPlan::Mode::Alternating:
        m_alternating->setChecked(true);
        break;
    }
    m_minutes->setValue(plan.phaseMinutes);
    m_shownMode = plan.mode;
    m_cycles->setValue(plan.cycles);
    m_skinCheck->setValue(plan.skinCheckSeconds);
    refresh();
}

QStringList ThermalDialog::safetyReminders()
{
    // Worded after the cautions of the moist heat, cold therapy and alternating heat and cold techniques.
    return {
        tr("Always put a cloth between your skin and the pack."),
        tr("Never use heat or cold on skin that is numb, broken, or has poor circulation."),
        tr("Ask a doctor first if you have diabetes or less feeling in your skin, Raynaud's, or poor circulation."),
        tr("Do not use a heat or cold pack while you might fall asleep, and never lie on a heating pad."),
        tr("Moist heat suits stiffness. After a new strain or injury, use cold for the first two days, and no heat."),
        tr("Check your skin between phases, and stop if your pain rises."),
    };
}

QString ThermalDialog::totalText(const ThermalPlan& plan)
{
    const PlanResult built = plan.build();
    if (!built.ok()) {
        return tr("Total time: not available until the settings above are fixed.");
    }
    const int minutes = static_cast<int>((built.plan->plannedMs() + 30'000) / 60'000);
    QString total = tr("%n minute(s)", nullptr, minutes);
    if (minutes >= 60) {
        total = tr("%n hour(s)", nullptr, minutes / 60);
        if (minutes % 60 != 0) {
            //: Hours and minutes: "1 hour 5 minutes".
            total = tr("%1 %2").arg(total, tr("%n minute(s)", nullptr, minutes % 60));
        }
    }
    const int phases = phaseCount(plan);
    //: "4 phases of 15 minutes"; %n counts the phases, %1 is the minutes of each.
    QString parts = tr("%n phase(s) of %1 minutes", nullptr, phases).arg(plan.phaseMinutes);
    if (phases > 1) {
        //: "3 skin checks of 60 seconds"; %n counts the checks, %1 is the seconds of each.
        const QString checks = tr("%n skin check(s) of %1 seconds", nullptr, phases - 1).arg(plan.skinCheckSeconds);
        //: "4 phases of 15 minutes and 3 skin checks of 60 seconds".
        parts = tr("%1 and %2").arg(parts, checks);
    }
    return tr("Total time: about %1 (%2).").arg(total, parts);
}

void ThermalDialog::accept()
{
    if (!plan().problem().isEmpty()) {
        return;
    }
    saveSettings();
    QDialog::accept();
}

void ThermalDialog::refresh()
{
    const ThermalPlan current = plan();
    const QString problem = current.problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_start->setEnabled(problem.isEmpty());
    m_cyclesHint->setText(current.mode == ThermalPlan::Mode::Alternating
                              ? tr("Each round is a cold phase, then a heat phase.")
                              : tr("One phase per round."));
    m_total->setText(totalText(current));
}

void ThermalDialog::loadSettings()
{
    const QSettings settings;
    const ThermalPlan defaults;
    ThermalPlan remembered;
    remembered.mode = modeFromName(settings.value(modeKey, modeName(defaults.mode)).toString());
    remembered.phaseMinutes = settings.value(minutesKey, defaults.phaseMinutes).toInt();
    remembered.cycles = settings.value(cyclesKey, defaults.cycles).toInt();
    remembered.skinCheckSeconds = settings.value(skinCheckKey, defaults.skinCheckSeconds).toInt();
    setPlan(remembered);
}

void ThermalDialog::saveSettings() const
{
    const ThermalPlan chosen = plan();
    QSettings settings;
    settings.setValue(modeKey, modeName(chosen.mode));
    settings.setValue(minutesKey, chosen.phaseMinutes);
    settings.setValue(cyclesKey, chosen.cycles);
    settings.setValue(skinCheckKey, chosen.skinCheckSeconds);
}

} // namespace unknot
