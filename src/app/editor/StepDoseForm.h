#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimeEdit;

namespace unknot {

class DoseForm;

/// Edits one step of a routine: an exercise with its own dose or one set for this routine, or a heat, cold or rest
/// phase with its length. The step is read and written in the content pack's form (docs/content-format.md, "Routine").
class StepDoseForm : public QWidget {
    Q_OBJECT

public:
    explicit StepDoseForm(QWidget* parent = nullptr);

    /// Shows step; for an exercise step, name and dose are the exercise's own (the dose used unless overridden).
    void setStep(const QJsonObject& step, const QString& exerciseName, const QJsonObject& exerciseDose);
    QJsonObject step() const;
    /// Shows nothing to edit (no step chosen).
    void clear();

Q_SIGNALS:
    void changed();

private:
    void showOverride();

    QLabel* m_title;
    QStackedWidget* m_pages;
    QCheckBox* m_override;
    QLabel* m_exerciseDose;
    DoseForm* m_dose;
    QTimeEdit* m_length;
    QTimeEdit* m_longest;
    QLabel* m_longestLabel;
    QLineEdit* m_text;
    QJsonObject m_step; ///< the step as loaded; fields the form does not show are kept
    QJsonObject m_exerciseDoseJson;
    bool m_loading = false;
};

} // namespace unknot
