#pragma once

#include "editor/ItemEditor.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace unknot {

class DoseForm;
class LibraryRepository;
class MusclePicker;

/// Makes or edits one of the person's own exercises: what to do step by step, why, what to take care of, the
/// position and equipment, the muscles it works (on the body map or from a list), its dose, and where it came
/// from. What it refuses is what the content rules refuse (Exercise::fromJson on the exercise the form makes).
class ExerciseEditor : public ItemEditor {
    Q_OBJECT

public:
    ExerciseEditor(const LibraryRepository& library, Saver saver, QWidget* parent = nullptr);

    /// Loads an exercise in the content pack's form (own, or a copy of a built-in one); empty for a new one.
    void setBody(const QJsonObject& body);
    QJsonObject body() const override;
    QStringList problems() const override;
    MusclePicker* musclePicker() const { return m_muscles; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QWidget* buildHowTab();
    QWidget* buildCareTab();
    void refresh();

    QJsonObject m_loaded;
    QLineEdit* m_name;
    QTabWidget* m_tabs;
    QLineEdit* m_summary;
    QComboBox* m_position;
    QLineEdit* m_equipment;
    QPlainTextEdit* m_steps;
    QLineEdit* m_origin;
    DoseForm* m_dose;
    MusclePicker* m_muscles;
    QPlainTextEdit* m_why;
    QPlainTextEdit* m_askFirst;
    QPlainTextEdit* m_cautions;
    QLineEdit* m_cautionLine;
};

} // namespace unknot
