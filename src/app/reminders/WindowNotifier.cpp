#include "reminders/WindowNotifier.h"

#include "reminders/ReminderWindow.h"

namespace unknot {

WindowNotifier::~WindowNotifier()
{
    delete m_window; // a top-level window has no parent to delete it
}

void WindowNotifier::show(const ReminderNote& note)
{
    if (!m_window) {
        m_window = new ReminderWindow;
        connect(m_window, &ReminderWindow::chosen, this, &Notifier::chosen);
    }
    m_window->showNote(note);
}

void WindowNotifier::withdraw()
{
    if (m_window) {
        m_window->hide();
    }
}

} // namespace unknot
