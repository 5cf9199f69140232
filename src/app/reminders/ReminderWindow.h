#pragma once

#include "reminders/Notifier.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace unknot {

/// Unknot's own small reminder, where the desktop has no notifications with buttons: a tool window in the corner
/// of the screen that never takes the keyboard from what the person is typing.
class ReminderWindow : public QWidget {
    Q_OBJECT

public:
    explicit ReminderWindow(QWidget* parent = nullptr);

    /// Fills in the words and shows the window without activating it.
    void showNote(const ReminderNote& note);

Q_SIGNALS:
    void chosen(unknot::ReminderChoice choice);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void placeInCorner();

    QLabel* m_title;
    QLabel* m_body;
    QPushButton* m_start;
    QPushButton* m_later;
    QPushButton* m_skip;
};

} // namespace unknot
