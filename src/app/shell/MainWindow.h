#pragma once

#include "journal/JournalFileTask.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>

class QAction;
class QLabel;
class QDialog;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace unknot {

class AppContext;
class Clock;
class LibraryRepository;
class HistoryView;
class LibraryView;
class OwnItemActions;
class SessionController;
class SettingsDialog;

/// The main window: a toolbar (back, forward, search, when to see a doctor) over the library.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// clock drives guided sessions: the real clock in the app, a manual one in tests.
    MainWindow(AppContext& context, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows a warning strip above the library, e.g. when the journal could not be opened.
    void showProblem(const QString& message);
    LibraryView* library() const { return m_library; }
    SessionController* sessions() const { return m_sessions; }
    /// History, built the first time it is wanted.
    HistoryView* history();
    /// Shows the library (false) or History (true).
    void showHistory(bool on);
    void logPain();
    /// The red-flag check; on first run it is offered before anything else.
    void runSafetyCheck();
    /// Opens the check when it is due (first run, or new questions); returns it while it is open, else null.
    QDialog* offerFirstRunCheck();
    /// What a start does after the window is shown: journal problems, the check when due, a session to resume,
    /// then startId (a routine or exercise, may be empty) once the check is answered.
    void openAtStart(const QString& startId);
    /// Starts the routine or exercise shown on the page.
    void startCurrent();
    /// Starts the routine or exercise with this slug; tells the person if there is none.
    void startById(const QString& id);
    void openThermalTimer();
    /// Edit → Settings: opens the settings (or brings them forward) and returns them.
    SettingsDialog* openSettings();
    /// Shows the window (from the tray, a minimised state or behind others) and gives it the keyboard.
    void bringForward();
    /// A start asked for from outside the window (the tray, a reminder, a second launch): the session under way
    /// comes forward if there is one, else id starts.
    void startFromOutside(const QString& id);
    /// Closes the window and quits, even where closing would keep Unknot in the tray.
    void quit();
    /// Asked when the window is closed: true keeps Unknot running (in the tray) with the window hidden.
    void setKeepRunningOnClose(std::function<bool()> keepRunning) { m_keepRunning = std::move(keepRunning); }
    QLineEdit* searchField() const { return m_search; }
    void showDoctorAdvice();
    QString doctorAdviceHtml() const;
    /// Lists the journal's backups and restores the one picked (not during a session).
    void restoreFromBackup();
    /// At start: says what is wrong with the journal, and offers a backup when it is damaged.
    void reportJournalProblem();
    /// True once the window closed so that Unknot starts again (in the language just chosen); main does the start.
    bool restartRequested() const { return m_restart; }
    /// Imports or exports the CSV file at path on a worker thread with a progress dialog (Journal menu, after the
    /// file dialog). The menu's report, CSV and restore actions wait meanwhile; logging pain does not.
    void importCsv(const QString& path);
    void exportCsv(const QString& path);
    /// The import or export under way, if any (for tests).
    JournalFileTask* fileTask() const { return m_fileTask; }
    /// New, Edit, Duplicate and Delete of the person's own routines and exercises.
    OwnItemActions* ownItems() const { return m_own; }

Q_SIGNALS:
    /// The window closed for good (not into the tray): Unknot should end.
    void closed();
    /// The start's own questions (the first safety check) are answered, and any session asked for has started.
    void startedUp();
    /// The settings were just made: others may add their pages.
    void settingsOpened(unknot::SettingsDialog* dialog);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<SettingsDialog> m_settingsDialog;
    std::function<bool()> m_keepRunning;
    bool m_quitting = false;
    void runFileTask(JournalFileTask::Kind kind, const QString& path);
    void buildToolBar();
    void buildMenus();
    void buildSessionMenu();
    /// The Routines menu and the page's Edit, Duplicate and Delete buttons.
    void buildOwnItems();
    void updateNavigation();
    void restoreSettings();
    void saveSettings() const;
    /// Nothing would be lost by closing now: no session, no player, no question about one still open.
    bool canRestart() const;
    /// Closes the window so that main starts Unknot again.
    void restart();

    const LibraryRepository& m_repository;
    AppContext& m_context;
    LibraryView* m_library;
    QUndoStack* m_undo;
    HistoryView* m_history = nullptr;
    SessionController* m_sessions;
    OwnItemActions* m_own;
    QStackedWidget* m_pages;
    QAction* m_libraryAction = nullptr;
    QAction* m_historyAction = nullptr;
    QLabel* m_problem;
    QLineEdit* m_search = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QAction* m_doctorAction = nullptr;
    QMenu* m_journalMenu = nullptr;
    bool m_restart = false;
    QPointer<JournalFileTask> m_fileTask;
    QList<QAction*> m_fileActions; ///< the Journal menu's report, CSV and restore actions: one file job at a time
};

} // namespace unknot
