#include "reminders/ReminderWindow.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace unknot {

ReminderWindow::ReminderWindow(QWidget* parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint | Qt::WindowDoesNotAcceptFocus)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_later(new QPushButton(this))
    , m_skip(new QPushButton(this))
{
    setObjectName(QStringLiteral("reminderWindow"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowTitle(tr("Break reminder"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_body->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("reminderStart"));
    m_later->setObjectName(QStringLiteral("reminderLater"));
    m_skip->setObjectName(QStringLiteral("reminderSkip"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_start, m_later, m_skip}) {
        button->setFocusPolicy(Qt::NoFocus); // a click must not pull the keyboard here either
        buttons->addWidget(button);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addLayout(buttons);

    const auto answer = [this](ReminderChoice choice) {
        hide();
        Q_EMIT chosen(choice);
    };
    connect(m_start, &QPushButton::clicked, this, [answer] { answer(ReminderChoice::Start); });
    connect(m_later, &QPushButton::clicked, this, [answer] { answer(ReminderChoice::Later); });
    connect(m_skip, &QPushButton::clicked, this, [answer] { answer(ReminderChoice::Skip); });
}

void ReminderWindow::showNote(const ReminderNote& note)
{
    m_title->setText(note.title);
    m_body->setText(note.body);
    m_start->setText(note.startLabel);
    m_later->setText(note.laterLabel);
    m_later->setVisible(!note.laterLabel.isEmpty());
    m_skip->setText(note.skipLabel);
    setFixedWidth(fontMetrics().averageCharWidth() * 44);
    adjustSize();
    placeInCorner();
    show();
}

void ReminderWindow::closeEvent(QCloseEvent* event)
{
    QWidget::closeEvent(event);
    Q_EMIT chosen(ReminderChoice::Dismissed);
}

void ReminderWindow::placeInCorner()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen) {
        return;
    }
    const QRect area = screen->availableGeometry();
    const int margin = fontMetrics().height();
    move(area.right() - frameGeometry().width() - margin, area.bottom() - frameGeometry().height() - margin);
}

} // namespace unknot
