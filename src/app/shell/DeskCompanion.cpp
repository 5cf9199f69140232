#include "shell/DeskCompanion.h"

#include "LibraryRepository.h"
#include "common/Preferences.h"
#include "common/Prompts.h"
#include "reminders/IdleSources.h"
#include "reminders/Notifiers.h"
#include "reminders/Reminders.h"
#include "session/SessionController.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/ReminderPage.h"
#include "shell/SettingsDialog.h"
#include "shell/Tray.h"

namespace unknot {

namespace {
const QString remindersKey = QStringLiteral("reminders/settings");
const QString askedKey = QStringLiteral("reminders");
const QString trayToldKey = QStringLiteral("tray");
} // namespace

DeskCompanion::DeskCompanion(AppContext& context, MainWindow& window, const Clock& clock,
                             std::optional<int> remindAfterSeconds, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_clock(clock)
    , m_remindAfter(remindAfterSeconds)
    , m_tray(std::make_unique<Tray>(context, window))
{
    connect(m_tray.get(), &Tray::pauseRequested, this, [this](int minutes) {
        if (m_reminders) {
            m_reminders->pauseFor(minutes);
        }
    });
    connect(m_tray.get(), &Tray::pauseUntilTomorrowRequested, this, [this] {
        if (m_reminders) {
            m_reminders->pauseUntilTomorrow();
        }
    });
    connect(m_tray.get(), &Tray::resumeRequested, this, [this] {
        if (m_reminders) {
            m_reminders->resume();
        }
    });
    SessionController* sessions = window.sessions();
    connect(sessions, &SessionController::sessionStarted, this, [this] {
        if (m_reminders) {
            m_reminders->sessionStarted();
        }
    });
    connect(sessions, &SessionController::sessionFinished, this, [this] {
        if (m_reminders) {
            m_reminders->sessionEnded();
        }
    });
    connect(&Preferences::instance(), &Preferences::changed, this, [this](const QString& key) {
        if (key == remindersKey) {
            apply();
        }
    });
    connect(&window, &MainWindow::startedUp, this, &DeskCompanion::offerReminders);
    connect(&window, &MainWindow::settingsOpened, this, [this](SettingsDialog* dialog) {
        // How idle time is learnt: from the reminders while they run, else from what would be picked.
        const QString idle =
            m_reminders ? m_reminders->idleSourceName() : IdleSources::describe(IdleSources::pick()->kind());
        dialog->addPageFirst(new ReminderPage(m_context.library().list(ItemKind::Routine), idle), tr("&Reminders"));
    });
    window.setKeepRunningOnClose([this] {
        const bool keep = m_tray->isShown() && m_reminders;
        if (keep && !Preferences::instance().told(trayToldKey)) {
            Preferences::instance().setTold(trayToldKey);
            Prompts::tell(&m_window, tr("Unknot is still here"),
                          tr("Unknot keeps running in the tray so it can remind you to take breaks. Click its icon "
                             "to open it again; choose Quit in its menu to end it."));
        }
        return keep;
    });
    apply();
}

DeskCompanion::~DeskCompanion() = default;

ReminderSettings DeskCompanion::settings() const
{
    ReminderSettings settings = ReminderSettings::fromVariantMap(Preferences::instance().reminders());
    if (m_remindAfter) {
        settings.enabled = true;
        settings.activeSeconds = *m_remindAfter;
    }
    return settings;
}

void DeskCompanion::apply()
{
    const ReminderSettings wanted = settings();
    if (!wanted.enabled) {
        m_reminders.reset(); // nothing counts, polls or waits while reminders are off
        updateTray();
        return;
    }
    if (!m_reminders) {
        // Made only when turned on: finding the desktop's notification server asks the session bus.
        m_reminders = std::make_unique<Reminders>(m_clock, IdleSources::pick(), Notifiers::pick());
        connect(m_reminders.get(), &Reminders::startRequested, this,
                [this](const QString& id) { m_window.startFromOutside(routineFor(id)); });
        connect(m_reminders.get(), &Reminders::statusChanged, this, &DeskCompanion::updateTray);
        if (m_window.sessions()->isRunning()) {
            m_reminders->sessionStarted();
        }
    }
    m_reminders->setSettings(wanted);
    updateTray();
}

void DeskCompanion::updateTray()
{
    m_tray->setReminders(m_reminders != nullptr, m_reminders ? m_reminders->statusText() : QString());
}

QString DeskCompanion::routineFor(const QString& id) const
{
    // The desk break is found by its role, as everywhere: its id may change with the library.
    if (id.isEmpty() || id == QLatin1String("desk-micro-break") || !m_context.library().routine(id)) {
        return m_context.library().routineWithRole(QStringLiteral("desk-break"));
    }
    return id;
}

void DeskCompanion::offerReminders()
{
    Preferences& preferences = Preferences::instance();
    if (preferences.told(askedKey) || settings().enabled || m_window.sessions()->isRunning()) {
        return; // asked once; never over a session (the next start asks)
    }
    preferences.setTold(askedKey);
    const bool yes = Prompts::confirm(
        &m_window, tr("Gentle break reminders"),
        tr("Upper back pain often comes from sitting still for too long. Should Unknot suggest a short break after "
           "50 minutes at the computer, on weekdays from 9:00 to 17:30? It counts only time you are at the "
           "keyboard, and never interrupts what you type. You can change this in Edit → Settings."),
        tr("Remind me"), tr("Not now"));
    if (yes) {
        ReminderSettings on = ReminderSettings::fromVariantMap(preferences.reminders());
        on.enabled = true;
        preferences.setReminders(on.toVariantMap());
    }
}

} // namespace unknot
