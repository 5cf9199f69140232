#include "MiniPlayer.h"

#include "PhaseStyle.h"
#include "SessionDriver.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace unknot {

MiniPlayer::MiniPlayer(SessionDriver& driver, QWidget* parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint)
    , m_driver(driver)
    , m_phase(new QLabel)
    , m_countdown(new QLabel)
    , m_count(new QLabel)
    , m_pause(new QPushButton)
{
    setObjectName(QStringLiteral("miniPlayer"));
    setWindowTitle(QStringLiteral("Unknot"));
    m_phase->setObjectName(QStringLiteral("miniPhase"));
    m_countdown->setObjectName(QStringLiteral("miniCountdown"));
    m_count->setObjectName(QStringLiteral("miniCount"));
    m_pause->setObjectName(QStringLiteral("miniPause"));
    QFont big = font();
    big.setPixelSize(44);
    big.setBold(true);
    m_countdown->setFont(big);
    m_countdown->setMinimumWidth(110);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont medium = font();
    medium.setPixelSize(20);
    medium.setBold(true);
    m_phase->setFont(medium);
    m_count->setStyleSheet(QStringLiteral("color: #4b5e64;"));
    m_pause->setFocusPolicy(Qt::NoFocus);
    auto* expand = new QPushButton(QStringLiteral("Open"));
    expand->setObjectName(QStringLiteral("miniExpand"));
    expand->setToolTip(QStringLiteral("Back to the big player"));
    expand->setFocusPolicy(Qt::NoFocus);
    connect(m_pause, &QPushButton::clicked, &m_driver, &SessionDriver::togglePause);
    connect(expand, &QPushButton::clicked, this, &MiniPlayer::expandRequested);
    auto* space = new QShortcut(Qt::Key_Space, this);
    connect(space, &QShortcut::activated, this, [this] {
        const SessionPhase phase = m_driver.snapshot().phase;
        if (phase == SessionPhase::WaitingForTap) {
            m_driver.tapRep();
        } else if (phase == SessionPhase::Confirm) {
            m_driver.confirm();
        } else {
            m_driver.togglePause();
        }
    });

    m_count->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(m_phase, 0, 0);
    layout->addWidget(m_countdown, 0, 1);
    layout->addWidget(m_count, 1, 0, 1, 2);
    layout->addWidget(m_pause, 2, 0);
    layout->addWidget(expand, 2, 1);
    layout->setColumnStretch(0, 1);
    setStyleSheet(QStringLiteral("QWidget#miniPlayer { background: #f7f9f8; }"
                                 "QPushButton { padding: 4px 12px; border-radius: 6px; background: #e3ecea; }"));
    connect(&m_driver, &SessionDriver::changed, this, &MiniPlayer::render);
    render(m_driver.snapshot());
    setMinimumWidth(340);
}

void MiniPlayer::render(const SessionSnapshot& s)
{
    const bool paused = s.state == SessionState::Paused;
    const QColor colour = paused ? QColor(0x7b, 0x8a, 0x8f) : phasestyle::colour(s.phase);
    m_phase->setText(s.state == SessionState::Finished ? QStringLiteral("Done") : paused ? QStringLiteral("Paused")
                                                                                         : s.phaseLabel);
    m_phase->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    m_countdown->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    m_countdown->setText(phasestyle::countdown(s));
    m_count->setText(s.countText.isEmpty() ? s.stepTitle : QStringLiteral("%1 · %2").arg(s.stepTitle, s.countText));
    m_pause->setText(paused ? QStringLiteral("Resume") : QStringLiteral("Pause"));
    m_pause->setEnabled(s.state == SessionState::Running || paused);
}

} // namespace unknot
