#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;

namespace unknot {

class AppContext;
class Clock;
class LibraryRepository;
class LibraryView;
class SessionController;

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
    /// Starts the routine or exercise shown on the page.
    void startCurrent();
    /// Starts the routine or exercise with this slug; tells the person if there is none.
    void startById(const QString& id);
    void openThermalTimer();
    QLineEdit* searchField() const { return m_search; }
    void showDoctorAdvice();
    QString doctorAdviceHtml() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildToolBar();
    void buildMenus();
    void buildSessionMenu();
    void updateNavigation();
    void restoreSettings();
    void saveSettings() const;

    const LibraryRepository& m_repository;
    LibraryView* m_library;
    SessionController* m_sessions;
    QLabel* m_problem;
    QLineEdit* m_search = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
};

} // namespace unknot
