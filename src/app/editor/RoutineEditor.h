#pragma once

#include "Exercise.h"
#include "editor/ItemEditor.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
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
class RoutineEditor : public ItemEditor {
    Q_OBJECT

public:
    RoutineEditor(const LibraryRepository& library, Saver saver, QWidget* parent = nullptr);

    /// Loads a routine in the content pack's form (an own routine, or a copy of a built-in one); empty for a new one.
    void setBody(const QJsonObject& body);
    /// The routine as the form has it, in the content pack's form, marked as the person's own.
    QJsonObject body() const override;
    /// Seconds the routine takes as it stands, counted by core (routineSeconds).
    int totalSeconds() const;
    QStringList problems() const override;

    void addExercise(const QString& id);
    /// Adds a rest, heat or cold step ("rest", "heat", "cold").
    void addPhase(const QString& kind);

private:
    QWidget* buildStepsTab();
    QWidget* buildAboutTab();
    void showCurrentStep();
    void stepEdited();
    void refresh();
    QString describe(const QJsonObject& step) const;
    const Exercise* exercise(const QString& id) const;

    const LibraryRepository& m_library;
    QJsonObject m_loaded; ///< the routine as loaded: fields the form does not show are kept
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
};

} // namespace unknot
