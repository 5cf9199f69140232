#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;

namespace unknot {

class CuePlayer;

/// Edit → Settings (Ctrl+,): every preference in one place, each applied as soon as it is changed (there is nothing
/// to save, and changing it back undoes it). Pages: sessions (sound, voice, rests, pacing), the look, the desktop.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    /// cues gives the voices to choose from; it may be null (no choice of voice then).
    explicit SettingsDialog(CuePlayer* cues, QWidget* parent = nullptr);

    /// Adds a page in front, e.g. the break reminders'.
    void addPageFirst(QWidget* page, const QString& title);
    /// Shows the page whose object name is name.
    void showPage(const QString& name);

private:
    QWidget* sessionsPage();
    QWidget* lookPage();
    QWidget* desktopPage();
    void fillVoices();

    CuePlayer* m_cues;
    QTabWidget* m_tabs;
    QComboBox* m_voice = nullptr;
    QLabel* m_voiceNote = nullptr;
    QCheckBox* m_login = nullptr;
    QLabel* m_loginProblem = nullptr;
};

} // namespace unknot
