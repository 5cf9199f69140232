#pragma once

#include "Exercise.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace unknot {

class ExercisePicker;
class LibraryRepository;
class StepDoseForm;
class StepList;

/// Makes or edits one of the person's own routines: exercises picked from the library (search as you type), rests,
/// heat and cold, in an order set by drag or Alt+Up/Down, each with its dose; the total time follows every edit.
/// What it refuses is what the content rules refuse (Routine::fromJson on the routine the form makes), in the
/// rules' own words. It saves through the saver it is given, so the saving stays in one place.
class RoutineEditor : public QDialog {
    Q_OBJECT

public:
    /// Saves a routine body (the content pack's form); returns why it was not saved, or empty when it was.
    using Saver = std::function<QString(const QJsonObject& body)>;

    RoutineEditor(const LibraryRepository& library, Saver saver, QWidget* parent = nullptr);

    /// Loads a routine in the content pack's form (an own routine, or a copy of a built-in one); empty for a new one.
    void setBody(const QJsonObject& body);
    /// The routine as the form has it, in the content pack's form, marked as the person's own.
    QJsonObject body() const;
    /// Seconds the routine takes as it stands, counted by core (routineSeconds).
    int totalSeconds() const;
    /// Why the routine cannot be saved as it stands, in the content rules' words; empty when it can.
    QStringList problems() const;
    bool isModified() const { return body() != m_saved; }

    void addExercise(const QString& id);
    /// Adds a rest, heat or cold step ("rest", "heat", "cold").
    void addPhase(const QString& kind);

    void accept() override;
    void reject() override;
    void done(int result) override;

private:
    QWidget* buildStepsTab();
    QWidget* buildAboutTab();
    void showCurrentStep();
    void stepEdited();
    void refresh();
    QString describe(const QJsonObject& step) const;
    const Exercise* exercise(const QString& id) const;

    const LibraryRepository& m_library;
    Saver m_saver;
    QJsonObject m_loaded; ///< the routine as loaded: fields the form does not show are kept
    QJsonObject m_saved;  ///< what the form held when loaded or last saved, to ask before losing edits
    mutable QHash<QString, std::optional<Exercise>> m_exercises;
    QLineEdit* m_name;
    QLabel* m_total;
    QTabWidget* m_tabs;
    ExercisePicker* m_picker;
    StepList* m_steps;
    StepDoseForm* m_stepForm;
    QSpinBox* m_rest;
    QLineEdit* m_summary;
    QComboBox* m_place;
    QPlainTextEdit* m_notes;
    QLabel* m_problems;
    QPushButton* m_save;
    bool m_triedSaving = false; ///< once Save was pressed, every reason shows; before, only refused doses
};

} // namespace unknot
