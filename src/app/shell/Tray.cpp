#include "shell/Tray.h"

#include "LibraryRepository.h"
#include "SessionRepository.h"
#include "common/OwnMark.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace unknot {

namespace {

constexpr int recentRoutines = 5;

QIcon trayIcon()
{
    // Unknot's own drawing, which main sets as every window's icon.
    if (const QIcon own = QGuiApplication::windowIcon(); !own.isNull()) {
        return own;
    }
    // A calm teal dot: the tray must never be left without an icon.
    QPixmap dot(64, 64);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x2f, 0x7d, 0x8c));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(6, 6, 52, 52));
    return QIcon(dot);
}

} // namespace

Tray::Tray(AppContext& context, MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_status = m_menu->addAction(QString());
    m_status->setObjectName(QStringLiteral("trayStatus"));
    m_status->setEnabled(false);
    m_status->setVisible(false);

    auto* desk = m_menu->addAction(tr("Start the &desk break"), &m_window, [this] {
        m_window.startFromOutside(m_context.library().routineWithRole(QStringLiteral("desk-break")));
    });
    desk->setObjectName(QStringLiteral("trayDeskBreak"));
    QMenu* routines = m_menu->addMenu(tr("Start a &routine"));
    routines->menuAction()->setObjectName(QStringLiteral("trayRoutines"));
    // Filled when the menu opens, not at start-up: it reads the journal, and most runs never open it. Also when the
    // tray menu itself opens, for panels that read a submenu before showing it.
    connect(routines, &QMenu::aboutToShow, this, [this, routines] { fillRoutines(routines); });
    connect(m_menu, &QMenu::aboutToShow, this, [this, routines] { fillRoutines(routines); });
    auto* pain = m_menu->addAction(tr("&Log pain…"), &m_window, [this] {
        m_window.bringForward();
        m_window.logPain();
    });
    pain->setObjectName(QStringLiteral("trayLogPain"));
    m_menu->addSeparator();

    m_pause = m_menu->addMenu(tr("&Pause reminders"));
    m_pause->menuAction()->setObjectName(QStringLiteral("trayPause"));
    m_pause->addAction(tr("For an &hour"), this, [this] { Q_EMIT pauseRequested(60); })
        ->setObjectName(QStringLiteral("trayPauseHour"));
    m_pause->addAction(tr("Until &tomorrow"), this, &Tray::pauseUntilTomorrowRequested)
        ->setObjectName(QStringLiteral("trayPauseTomorrow"));
    m_pause->addSeparator();
    m_pause->addAction(tr("&Resume reminders"), this, &Tray::resumeRequested)
        ->setObjectName(QStringLiteral("trayResume"));
    m_pause->menuAction()->setEnabled(false);
    m_menu->addSeparator();

    m_menu->addAction(tr("&Open Unknot"), &m_window, &MainWindow::bringForward)
        ->setObjectName(QStringLiteral("trayOpen"));
    m_menu->addAction(tr("&Quit"), &m_window, &MainWindow::quit)->setObjectName(QStringLiteral("trayQuit"));

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(trayIcon(), this);
        m_icon->setToolTip(QStringLiteral("Unknot"));
        m_icon->setContextMenu(m_menu);
        // A click opens the window; the menu is on the other button, as panels do.
        connect(m_icon, &QSystemTrayIcon::activated, &m_window, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                m_window.bringForward();
            }
        });
        m_icon->show();
    }
}

Tray::~Tray()
{
    delete m_menu;
}

bool Tray::isShown() const
{
    return m_icon && m_icon->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

void Tray::setReminders(bool on, const QString& status)
{
    m_pause->menuAction()->setEnabled(on);
    m_status->setText(status);
    m_status->setVisible(on && !status.isEmpty());
    if (m_icon) {
        m_icon->setToolTip(status.isEmpty() ? QStringLiteral("Unknot") : QStringLiteral("Unknot: %1").arg(status));
    }
}

void Tray::fillRoutines(QMenu* routines)
{
    // The routines done lately first, then the person's own; filled when opened, since both change.
    routines->clear();
    QStringList shown;
    for (const SessionRecord& session : m_context.sessions().recent(50)) {
        if (session.routineSlug.isEmpty() || shown.contains(session.routineSlug) || shown.size() >= recentRoutines) {
            continue;
        }
        const auto summaries = m_context.library().summaries(ItemKind::Routine, {session.routineSlug});
        if (!summaries.isEmpty()) {
            shown.append(session.routineSlug);
            routines->addAction(OwnMark::listLabel(summaries.first().name, summaries.first().own), &m_window,
                                [this, id = session.routineSlug] { m_window.startFromOutside(id); });
        }
    }
    bool separated = false;
    for (const ItemSummary& routine : m_context.library().list(ItemKind::Routine)) {
        if (shown.contains(routine.ref.id) || (!routine.own && !shown.isEmpty())) {
            continue;
        }
        if (!separated && !shown.isEmpty()) {
            routines->addSeparator();
            separated = true;
        }
        routines->addAction(OwnMark::listLabel(routine.name, routine.own), &m_window,
                            [this, id = routine.ref.id] { m_window.startFromOutside(id); });
    }
}

} // namespace unknot
