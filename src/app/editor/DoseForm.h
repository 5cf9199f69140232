#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace unknot {

/// Edits one dose as the content format has it (docs/content-format.md, "Dose"): reps with a tempo and a hold at
/// the top, contract/relax cycles or a timed hold, each once or once per set (sides, directions). The form keeps
/// what it does not show (fromSeed, notFromSeed) and the dose's words until a number changes, then words it anew.
class DoseForm : public QWidget {
    Q_OBJECT

public:
    explicit DoseForm(QWidget* parent = nullptr);

    void setDose(const QJsonObject& dose);
    /// The dose in the content pack's form, as the person left the form.
    QJsonObject dose() const;
    /// The dose in plain words, as the player shows it ("10 repetitions: lift 2 s, hold 5 s, lower 2 s").
    static QString describe(const QJsonObject& dose);

Q_SIGNALS:
    void changed();

private:
    void showKind();
    void edited();

    QFormLayout* m_form;
    QComboBox* m_kind;
    QSpinBox* m_countMin;
    QSpinBox* m_countMax;
    QSpinBox* m_up;
    QSpinBox* m_hold;
    QSpinBox* m_down;
    QSpinBox* m_contract;
    QSpinBox* m_relax;
    QSpinBox* m_secondsMin;
    QSpinBox* m_secondsMax;
    QLineEdit* m_sets;
    QWidget* m_countRow;
    QWidget* m_tempoRow;
    QWidget* m_holdRow;
    QWidget* m_cycleRow;
    QWidget* m_secondsRow;
    QJsonObject m_loaded; ///< the dose as loaded: its other fields, and its words while no number changed
    bool m_loading = false;
};

} // namespace unknot
