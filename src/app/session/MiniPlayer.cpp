#include "session/MiniPlayer.h"

#include "figures/FigureWidget.h"
#include "session/PhaseStyle.h"
#include "session/SessionDriver.h"
#include "common/Tone.h"
#include "common/WindowFit.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace unknot {

namespace {
const QString geometryKey = QStringLiteral("mini/geometry");
} // namespace

MiniPlayer::MiniPlayer(SessionDriver& driver, SessionFigure::Lookup figures, QWidget* parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint)
    , m_driver(driver)
    , m_phase(new QLabel)
    , m_countdown(new QLabel)
    , m_count(new QLabel)
    , m_pause(new QPushButton)
{
    auto* figureView = new FigureWidget;
    figureView->setObjectName(QStringLiteral("miniFigure"));
    figureView->setFixedSize(96, 84);
    m_figure = new SessionFigure(m_driver, std::move(figures), figureView, this);
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
    // Both buttons take focus by Tab; Space is the player's one big key, so it is a shortcut, not a button press.
    m_pause->setFocusPolicy(Qt::TabFocus);
    m_pause->setToolTip(tr("Pause or carry on (P)"));
    auto* expand = new QPushButton(tr("Open"));
    expand->setObjectName(QStringLiteral("miniExpand"));
    expand->setToolTip(tr("Back to the big player (M or Enter)"));
    expand->setAccessibleName(tr("Open the big player"));
    expand->setFocusPolicy(Qt::TabFocus);
    expand->setAutoDefault(false);
    m_pause->setAutoDefault(false);
    connect(m_pause, &QPushButton::clicked, &m_driver, &SessionDriver::togglePause);
    connect(expand, &QPushButton::clicked, this, &MiniPlayer::expandRequested);
    const auto bind = [this](const QKeySequence& keys, auto slot) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, slot);
    };
    bind(Qt::Key_Space, [this] { m_driver.primary(); });
    bind(Qt::Key_P, [this] { m_driver.togglePause(); });
    bind(Qt::Key_M, [this] { Q_EMIT expandRequested(); });
    bind(Qt::Key_Return, [this] { Q_EMIT expandRequested(); });
    bind(Qt::Key_Enter, [this] { Q_EMIT expandRequested(); });
    bind(Qt::Key_Escape, [this] { Q_EMIT expandRequested(); });

    m_count->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(figureView, 0, 0, 2, 1);
    layout->addWidget(m_phase, 0, 1);
    layout->addWidget(m_countdown, 0, 2);
    layout->addWidget(m_count, 1, 1, 1, 2);
    layout->addWidget(m_pause, 2, 0, 1, 2);
    layout->addWidget(expand, 2, 2);
    layout->setColumnStretch(1, 1);
    connect(&m_driver, &SessionDriver::changed, this, &MiniPlayer::render);
    m_built = true;
    render(m_driver.snapshot());
    setMinimumWidth(420);
    adjustSize();
    place();
}

void MiniPlayer::place()
{
    // Where the person last put it on this screen; the first time, the bottom right corner, clear of the menus.
    if (!windowfit::restore(this, geometryKey, sizeHint())) {
        const QRect area = windowfit::available(this);
        move(area.right() - width() - 24, area.bottom() - height() - 64);
    }
}

void MiniPlayer::hideEvent(QHideEvent* event)
{
    windowfit::save(this, geometryKey);
    m_figure->setOnScreen(false);
    QWidget::hideEvent(event);
}

void MiniPlayer::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_figure->setOnScreen(true);
}

void MiniPlayer::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_built) { // the theme changed while it plays
        render(m_driver.snapshot());
    }
}

void MiniPlayer::applyColours(const SessionSnapshot& s)
{
    // Setting a sheet repolishes, which can bring another palette change: only set what differs.
    const auto set = [](QWidget* widget, const QString& text) {
        if (widget->styleSheet() != text) {
            widget->setStyleSheet(text);
        }
    };
    const bool dark = tone::isDark(tone::current());
    set(this, QStringLiteral("QWidget#miniPlayer { background: %1; }"
                             "QPushButton { padding: 4px 12px; border-radius: 6px; background: %2; }")
                  .arg(QLatin1String(dark ? "#25292b" : "#f7f9f8"), QLatin1String(dark ? "#343b3d" : "#e3ecea")));
    set(m_count, QStringLiteral("color: %1;").arg(QLatin1String(dark ? "#c3cdcf" : "#4b5e64")));
    const QColor colour =
        s.state == SessionState::Paused ? phasestyle::pausedColour(dark) : phasestyle::colour(s.phase, dark);
    for (QLabel* label : {m_phase, m_countdown}) {
        set(label, QStringLiteral("color: %1;").arg(colour.name()));
    }
}

void MiniPlayer::render(const SessionSnapshot& s)
{
    m_figure->show(s);
    const bool paused = s.state == SessionState::Paused;
    m_phase->setText(s.state == SessionState::Finished ? tr("Done") : paused ? tr("Paused") : phasestyle::label(s));
    applyColours(s);
    m_countdown->setText(phasestyle::countdown(s));
    m_count->setText(s.countText.isEmpty() ? s.stepTitle : QStringLiteral("%1 · %2").arg(s.stepTitle, s.countText));
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(s.state == SessionState::Running || paused);
}

} // namespace unknot
