#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;

namespace unknot {

class LibraryRepository;
class LibraryView;

/// The main window: a toolbar (back, forward, search, when to see a doctor) over the library.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const LibraryRepository& library, QWidget* parent = nullptr);

    /// Shows a warning strip above the library, e.g. when the journal could not be opened.
    void showProblem(const QString& message);
    LibraryView* library() const { return m_library; }
    QLineEdit* searchField() const { return m_search; }
    void showDoctorAdvice();
    QString doctorAdviceHtml() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildToolBar();
    void buildMenus();
    void updateNavigation();
    void restoreSettings();
    void saveSettings() const;

    const LibraryRepository& m_repository;
    LibraryView* m_library;
    QLabel* m_problem;
    QLineEdit* m_search = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
};

} // namespace unknot
