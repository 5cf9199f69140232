#include "editor/ExerciseEditor.h"

#include "Exercise.h"
#include "editor/DoseForm.h"
#include "editor/EditorSupport.h"
#include "editor/MusclePicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace unknot {

namespace {

const QString sizeKey = QStringLiteral("exerciseEditor");

QPlainTextEdit* textBox(const QString& name, const QString& placeholder)
{
    auto* box = new QPlainTextEdit;
    box->setObjectName(name);
    box->setPlaceholderText(placeholder);
    box->setTabChangesFocus(true);
    return box;
}

QStringList strings(const QJsonArray& array)
{
    QStringList out;
    for (const auto& value : array) {
        out.append(value.toString());
    }
    return out;
}

} // namespace

ExerciseEditor::ExerciseEditor(const LibraryRepository& library, Saver saver, QWidget* parent)
    : ItemEditor(std::move(saver), sizeKey, parent)
    , m_name(new QLineEdit)
    , m_tabs(new QTabWidget)
    , m_summary(new QLineEdit)
    , m_position(new QComboBox)
    , m_equipment(new QLineEdit)
    , m_steps(textBox(QStringLiteral("instructions"), tr("One step per line, in order")))
    , m_origin(new QLineEdit)
    , m_dose(new DoseForm)
    , m_muscles(new MusclePicker(library))
    , m_why(textBox(QStringLiteral("why"), tr("Why it helps (optional). A blank line starts a new paragraph.")))
    , m_askFirst(textBox(QStringLiteral("askFirst"),
                         tr("Who should skip it or ask a doctor or physiotherapist first (optional), one per line")))
    , m_cautions(textBox(QStringLiteral("cautions"), tr("How to stay safe while doing it (optional), one per line")))
    , m_cautionLine(new QLineEdit)
{
    setObjectName(QStringLiteral("exerciseEditor"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("What you call it, e.g. “Wall angels”"));
    auto* nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    auto* top = new QHBoxLayout;
    top->addWidget(nameLabel);
    top->addWidget(m_name, 1);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(buildHowTab(), tr("&How to do it"));
    auto* dosePage = new QWidget;
    auto* doseLayout = new QVBoxLayout(dosePage);
    doseLayout->addWidget(m_dose);
    doseLayout->addStretch();
    m_tabs->addTab(dosePage, tr("&Dose"));
    m_tabs->addTab(m_muscles, tr("&Muscles"));
    m_tabs->addTab(buildCareTab(), tr("&Why and care"));

    arrange(top, m_tabs, tr("Save the exercise (Ctrl+S)"));

    connect(m_name, &QLineEdit::textChanged, this, &ExerciseEditor::refresh);
    connect(m_steps, &QPlainTextEdit::textChanged, this, &ExerciseEditor::refresh);
    connect(m_dose, &DoseForm::changed, this, &ExerciseEditor::refresh);
    connect(m_cautionLine, &QLineEdit::textChanged, this, &ExerciseEditor::refresh);
    setBody({});
    restoreSize(QSize(900, 580));
}

QWidget* ExerciseEditor::buildHowTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Instructions:"), m_steps);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setPlaceholderText(tr("One line shown in the list (optional)"));
    form->addRow(tr("S&ummary:"), m_summary);
    m_position->setObjectName(QStringLiteral("position"));
    const QList<std::pair<QString, QString>> positions{
        {QStringLiteral("any"), tr("Anywhere")},       {QStringLiteral("chair"), tr("Sitting on a chair")},
        {QStringLiteral("standing"), tr("Standing")},  {QStringLiteral("wall"), tr("Standing at a wall")},
        {QStringLiteral("floor"), tr("On the floor")}, {QStringLiteral("bed"), tr("On a bed")}};
    for (const auto& [key, label] : positions) {
        m_position->addItem(label, key);
    }
    form->addRow(tr("&Position:"), m_position);
    m_equipment->setObjectName(QStringLiteral("equipment"));
    m_equipment->setPlaceholderText(tr("e.g. a towel, a resistance band (optional)"));
    form->addRow(tr("&Equipment:"), m_equipment);
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setPlaceholderText(tr("e.g. from my physiotherapist, a link, a book (optional)"));
    form->addRow(tr("Where it &came from:"), m_origin);
    return page;
}

QWidget* ExerciseEditor::buildCareTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(tr("W&hy it helps:"), m_why);
    form->addRow(tr("&Ask first:"), m_askFirst);
    form->addRow(tr("&Take care:"), m_cautions);
    m_cautionLine->setObjectName(QStringLiteral("cautionLine"));
    m_cautionLine->setPlaceholderText(tr("One short line the player shows before you start (optional)"));
    form->addRow(tr("&Reminder:"), m_cautionLine);
    return page;
}

void ExerciseEditor::setBody(const QJsonObject& body)
{
    m_loaded = body;
    setWindowTitle(body.isEmpty() ? tr("New exercise")
                                  : tr("Edit exercise: %1").arg(body.value(QStringLiteral("name")).toString()));
    m_name->setText(body.value(QStringLiteral("name")).toString());
    m_summary->setText(body.value(QStringLiteral("summary")).toString());
    m_position->setCurrentIndex(std::max(0, m_position->findData(body.value(QStringLiteral("position")).toString())));
    m_equipment->setText(body.value(QStringLiteral("equipment")).toString());
    m_steps->setPlainText(EditorSupport::fromLines(body.value(QStringLiteral("steps")).toArray()));
    m_origin->setText(body.value(QStringLiteral("origin")).toString());
    if (body.contains(QStringLiteral("dose"))) {
        m_dose->setDose(body.value(QStringLiteral("dose")).toObject());
    }
    m_muscles->setMuscles(strings(body.value(QStringLiteral("muscles")).toArray()));
    m_why->setPlainText(EditorSupport::fromParagraphs(body.value(QStringLiteral("why")).toArray()));
    m_askFirst->setPlainText(EditorSupport::fromLines(body.value(QStringLiteral("askFirst")).toArray()));
    m_cautions->setPlainText(EditorSupport::fromLines(body.value(QStringLiteral("cautions")).toArray()));
    m_cautionLine->setText(body.value(QStringLiteral("cautionLine")).toString());
    markLoaded();
    refresh();
}

QJsonObject ExerciseEditor::body() const
{
    QJsonObject body = m_loaded;
    body.insert(QStringLiteral("own"), true);
    body.insert(QStringLiteral("name"), m_name->text().trimmed());
    EditorSupport::setText(body, QStringLiteral("summary"), m_summary->text());
    body.insert(QStringLiteral("position"), m_position->currentData().toString());
    EditorSupport::setText(body, QStringLiteral("equipment"), m_equipment->text());
    body.insert(QStringLiteral("steps"), EditorSupport::lines(m_steps->toPlainText()));
    EditorSupport::setText(body, QStringLiteral("origin"), m_origin->text());
    body.insert(QStringLiteral("dose"), m_dose->dose());
    body.insert(QStringLiteral("muscles"), QJsonArray::fromStringList(m_muscles->muscles()));
    body.insert(QStringLiteral("why"), EditorSupport::paragraphs(m_why->toPlainText()));
    body.insert(QStringLiteral("askFirst"), EditorSupport::lines(m_askFirst->toPlainText()));
    body.insert(QStringLiteral("cautions"), EditorSupport::lines(m_cautions->toPlainText()));
    EditorSupport::setText(body, QStringLiteral("cautionLine"), m_cautionLine->text());
    return body;
}

QStringList ExerciseEditor::problems() const
{
    QStringList problems;
    Exercise::fromJson(EditorSupport::withId(body()), &problems, ItemOrigin::Own);
    return problems;
}

void ExerciseEditor::refresh()
{
    // A refused dose shows at once; a missing name or instructions once the person tries to save.
    QStringList doseProblems;
    Dose::fromJson(m_dose->dose(), &doseProblems);
    showProblems(!doseProblems.isEmpty());
}

} // namespace unknot
