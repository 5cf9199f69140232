#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace unknot {

class AppContext;
class MainWindow;

/// Unknot's icon in the panel's tray, where the desktop has one, and its menu: start the desk break or a routine,
/// log pain, pause the break reminders, open, quit. The menu is built whether or not a tray exists, so it can be
/// tried without one; nothing in Unknot depends on the tray.
class Tray : public QObject {
    Q_OBJECT

public:
    Tray(AppContext& context, MainWindow& window, QObject* parent = nullptr);
    ~Tray() override;

    /// True when the desktop shows the icon.
    bool isShown() const;
    QMenu* menu() const { return m_menu; }
    /// Whether the reminders are on (the pause entries apply), and the line saying how they stand.
    void setReminders(bool on, const QString& status);

Q_SIGNALS:
    void pauseRequested(int minutes);
    void pauseUntilTomorrowRequested();
    void resumeRequested();

private:
    void fillRoutines(QMenu* routines);

    AppContext& m_context;
    MainWindow& m_window;
    QMenu* m_menu;
    QSystemTrayIcon* m_icon = nullptr;
    QAction* m_status = nullptr;
    QMenu* m_pause = nullptr;
};

} // namespace unknot
