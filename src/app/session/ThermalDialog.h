#pragma once

#include "ThermalPlan.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace unknot {

/// Sets up a heat, cold or alternating session: mode, phase length, rounds and the skin check between phases.
///
/// Controls (objectName): modeHeat, modeCold, modeAlternating, minutes, minutesProblem, cycles, cyclesHint,
/// skinCheck, safety, total, start, cancel. The last choices are remembered in QSettings when Start is pressed.
class ThermalDialog : public QDialog {
    Q_OBJECT

public:
    explicit ThermalDialog(QWidget* parent = nullptr);

    /// The settings as chosen now; build() it to get the session plan.
    ThermalPlan plan() const;
    /// Sets every control from plan (values outside the allowed ranges are brought inside).
    void setPlan(const ThermalPlan& plan);

    /// The safety reminders shown in the dialog, one per line.
    static QStringList safetyReminders();
    /// "About 31 minutes: 2 phases of 15 minutes and 1 skin check of 60 seconds."
    static QString totalText(const ThermalPlan& plan);

public Q_SLOTS:
    /// Remembers the choices and closes the dialog with Accepted.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The dialog's colours, light or dark as the palette is.
    void applyColours();
    void buildUi();
    void refresh();
    void loadSettings();
    void saveSettings() const;

    QButtonGroup* m_modes = nullptr;
    ThermalPlan::Mode m_shownMode = ThermalPlan::Mode::Alternating; ///< the mode whose default length is shown
    QRadioButton* m_heat = nullptr;
    QRadioButton* m_cold = nullptr;
    QRadioButton* m_alternating = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLabel* m_problem = nullptr;
    QSpinBox* m_cycles = nullptr;
    QLabel* m_cyclesHint = nullptr;
    QSpinBox* m_skinCheck = nullptr;
    QLabel* m_total = nullptr;
    QPushButton* m_start = nullptr;
};

} // namespace unknot
