#include "editor/RoutineEditor.h"

#include "ContentPack.h"
#include "LibraryRepository.h"
#include "Routine.h"
#include "editor/EditorSupport.h"
#include "editor/ExercisePicker.h"
#include "editor/StepDoseForm.h"
#include "editor/StepList.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace unknot {

namespace {

const QString sizeKey = QStringLiteral("routineEditor");

} // namespace

RoutineEditor::RoutineEditor(const LibraryRepository& library, Saver saver, QWidget* parent)
    : ItemEditor(std::move(saver), sizeKey, parent)
    , m_library(library)
    , m_name(new QLineEdit)
    , m_total(new QLabel)
    , m_tabs(new QTabWidget)
    , m_picker(new ExercisePicker(library))
    , m_steps(new StepList([this](const QJsonObject& step) { return describe(step); }))
    , m_stepForm(new StepDoseForm)
    , m_rest(new QSpinBox)
    , m_summary(new QLineEdit)
    , m_place(new QComboBox)
    , m_notes(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("routineEditor"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("A name you will recognise, e.g. “Morning shoulders”"));
    m_total->setObjectName(QStringLiteral("total"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_total->setFont(big);
    auto* nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    auto* top = new QHBoxLayout;
    top->addWidget(nameLabel);
    top->addWidget(m_name, 1);
    top->addSpacing(16);
    top->addWidget(m_total);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(buildStepsTab(), tr("&Steps"));
    m_tabs->addTab(buildAboutTab(), tr("&About this routine"));

    arrange(top, m_tabs, tr("Save the routine (Ctrl+S)"));

    connect(m_name, &QLineEdit::textChanged, this, &RoutineEditor::refresh);
    connect(m_rest, &QSpinBox::valueChanged, this, &RoutineEditor::refresh);
    connect(m_steps, &QListWidget::currentRowChanged, this, &RoutineEditor::showCurrentStep);
    connect(m_steps, &StepList::orderChanged, this, &RoutineEditor::refresh);
    connect(m_stepForm, &StepDoseForm::changed, this, &RoutineEditor::stepEdited);
    connect(m_picker, &ExercisePicker::picked, this, &RoutineEditor::addExercise);
    setBody({});
    restoreSize(QSize(1000, 600));
}

QWidget* RoutineEditor::buildStepsTab()
{
    auto* addBox = new QGroupBox(tr("Add a step"));
    auto* addLayout = new QVBoxLayout(addBox);
    addLayout->addWidget(m_picker, 1);
    auto* addExercise = new QPushButton(tr("Add e&xercise"));
    addExercise->setObjectName(QStringLiteral("addExercise"));
    addExercise->setToolTip(tr("Add the exercise chosen above after the chosen step (or Enter in the search field)"));
    connect(addExercise, &QPushButton::clicked, this, [this] {
        if (const QString id = m_picker->currentId(); !id.isEmpty()) {
            this->addExercise(id);
        }
    });
    addLayout->addWidget(addExercise);
    auto* phases = new QHBoxLayout;
    const QList<std::pair<QString, QString>> kinds{{QStringLiteral("rest"), tr("+ &Rest")},
                                                   {QStringLiteral("heat"), tr("+ &Heat")},
                                                   {QStringLiteral("cold"), tr("+ C&old")}};
    for (const auto& [kind, label] : kinds) {
        auto* button = new QPushButton(label);
        button->setObjectName(QStringLiteral("add-") + kind);
        connect(button, &QPushButton::clicked, this, [this, kind] { addPhase(kind); });
        phases->addWidget(button);
    }
    addLayout->addLayout(phases);

    auto* stepsBox = new QGroupBox(tr("Steps, in order"));
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->addWidget(m_steps, 1);
    auto* moves = new QHBoxLayout;
    const auto button = [this, moves](const QString& name, const QString& text, const QString& tip,
                                      const QKeySequence& keys, auto slot) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setShortcut(keys);
        connect(b, &QPushButton::clicked, this, slot);
        moves->addWidget(b);
    };
    button(QStringLiteral("moveUp"), tr("▲ Up"), tr("Move the chosen step up (Alt+Up)"),
           QKeySequence(Qt::ALT | Qt::Key_Up), [this] { m_steps->moveCurrent(-1); });
    button(QStringLiteral("moveDown"), tr("▼ Down"), tr("Move the chosen step down (Alt+Down)"),
           QKeySequence(Qt::ALT | Qt::Key_Down), [this] { m_steps->moveCurrent(1); });
    button(QStringLiteral("removeStep"), tr("Remo&ve"), tr("Take the chosen step out (Delete in the list)"), {},
           [this] { m_steps->removeCurrent(); });
    stepsLayout->addLayout(moves);
    m_rest->setObjectName(QStringLiteral("restSeconds"));
    m_rest->setRange(0, 600);
    m_rest->setSingleStep(5);
    m_rest->setSuffix(tr(" s"));
    auto* restRow = new QFormLayout;
    restRow->addRow(tr("R&est between steps:"), m_rest);
    stepsLayout->addLayout(restRow);

    auto* doseBox = new QGroupBox(tr("This step"));
    auto* doseLayout = new QVBoxLayout(doseBox);
    doseLayout->addWidget(m_stepForm, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("stepsSplitter"));
    splitter->addWidget(addBox);
    splitter->addWidget(stepsBox);
    splitter->addWidget(doseBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 4);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QWidget* RoutineEditor::buildAboutTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setPlaceholderText(tr("One line shown in the list (optional)"));
    form->addRow(tr("S&ummary:"), m_summary);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->addItem(tr("Anywhere"), QStringLiteral("anywhere"));
    m_place->addItem(tr("At a desk"), QStringLiteral("desk"));
    m_place->addItem(tr("On the floor"), QStringLiteral("floor"));
    m_place->addItem(tr("On a bed"), QStringLiteral("bed"));
    form->addRow(tr("&Where:"), m_place);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("What it is for, and anything to remember. A blank line starts a new paragraph."));
    form->addRow(tr("N&otes:"), m_notes);
    connect(m_summary, &QLineEdit::textChanged, this, &RoutineEditor::refresh);
    return page;
}

void RoutineEditor::setBody(const QJsonObject& body)
{
    m_loaded = body;
    setWindowTitle(body.isEmpty() ? tr("New routine")
                                  : tr("Edit routine: %1").arg(body.value(QStringLiteral("name")).toString()));
    m_name->setText(body.value(QStringLiteral("name")).toString());
    m_summary->setText(body.value(QStringLiteral("summary")).toString());
    m_place->setCurrentIndex(std::max(0, m_place->findData(body.value(QStringLiteral("place")).toString())));
    m_notes->setPlainText(EditorSupport::fromParagraphs(body.value(QStringLiteral("purpose")).toArray()));
    m_rest->setValue(body.value(QStringLiteral("restSeconds")).toInt(body.isEmpty() ? 15 : 0));
    m_steps->setSteps(body.value(QStringLiteral("steps")).toArray());
    showCurrentStep();
    refresh();
    markLoaded();
    refresh();
}

QJsonObject RoutineEditor::body() const
{
    QJsonObject body = m_loaded;
    body.insert(QStringLiteral("own"), true);
    body.remove(QStringLiteral("role"));           // the app's roles belong to built-in routines
    body.remove(QStringLiteral("exerciseCopies")); // storage keeps them afresh with every save
    body.insert(QStringLiteral("name"), m_name->text().trimmed());
    EditorSupport::setText(body, QStringLiteral("summary"), m_summary->text());
    body.insert(QStringLiteral("place"), m_place->currentData().toString());
    body.insert(QStringLiteral("purpose"), EditorSupport::paragraphs(m_notes->toPlainText()));
    body.insert(QStringLiteral("restSeconds"), m_rest->value());
    body.insert(QStringLiteral("steps"), m_steps->steps());
    return body;
}

const Exercise* RoutineEditor::exercise(const QString& id) const
{
    auto found = m_exercises.find(id);
    if (found == m_exercises.end()) {
        found = m_exercises.insert(id, m_library.exercise(id));
    }
    return found->has_value() ? &found->value() : nullptr;
}

int RoutineEditor::totalSeconds() const
{
    QStringList ignored; // the total counts what parses; problems() says what does not
    const Routine routine = Routine::fromJson(body(), &ignored);
    return routineSeconds(routine, [this](const QString& id) -> const Dose* {
        const Exercise* found = exercise(id);
        return found ? &found->dose : nullptr;
    });
}

QStringList RoutineEditor::problems() const
{
    QStringList problems;
    Routine::fromJson(EditorSupport::withId(body()), &problems, ItemOrigin::Own);
    return problems;
}

QString RoutineEditor::describe(const QJsonObject& step) const
{
    if (step.contains(QStringLiteral("exercise"))) {
        const QString id = step.value(QStringLiteral("exercise")).toString();
        const Exercise* found = exercise(id);
        const QString name = found ? found->name : id;
        const QString dose =
            step.contains(QStringLiteral("dose"))
                ? step.value(QStringLiteral("dose")).toObject().value(QStringLiteral("text")).toString()
                : (found ? found->dose.text : QString());
        return QStringLiteral("%1\n%2").arg(name, dose);
    }
    const QString kind = step.value(QStringLiteral("kind")).toString();
    const QString length = EditorSupport::clockText(step.value(QStringLiteral("seconds")).toInt());
    if (kind == QLatin1String("heat")) {
        return tr("Heat, %1").arg(length);
    }
    return kind == QLatin1String("cold") ? tr("Cold, %1").arg(length) : tr("Rest, %1").arg(length);
}

void RoutineEditor::addExercise(const QString& id)
{
    if (!exercise(id)) {
        return;
    }
    m_steps->addStep({{QStringLiteral("exercise"), id}});
    // The search keeps the keyboard, its words chosen: the next few letters and Enter add the next step.
    m_picker->searchField()->selectAll();
}

void RoutineEditor::addPhase(const QString& kind)
{
    // A gentle start the person adjusts: a short rest, ten minutes of heat or cold with room up to the cap.
    QJsonObject step{{QStringLiteral("kind"), kind}};
    if (kind == QLatin1String("rest")) {
        step.insert(QStringLiteral("seconds"), 30);
    } else {
        step.insert(QStringLiteral("seconds"), 600);
        step.insert(QStringLiteral("maxSeconds"), RoutineStep::thermalCapSeconds);
    }
    m_steps->addStep(step);
}

void RoutineEditor::showCurrentStep()
{
    const int row = m_steps->currentRow();
    if (row < 0) {
        m_stepForm->clear();
        return;
    }
    const QJsonObject step = m_steps->step(row);
    const Exercise* found = exercise(step.value(QStringLiteral("exercise")).toString());
    m_stepForm->setStep(step, found ? found->name : QString(),
                        found ? EditorSupport::doseJson(found->dose) : QJsonObject());
}

void RoutineEditor::stepEdited()
{
    m_steps->replaceCurrent(m_stepForm->step());
    refresh();
}

void RoutineEditor::refresh()
{
    m_total->setText(tr("Takes %1").arg(EditorSupport::clockText(totalSeconds())));
    // Each step is checked by the rule a built-in step is checked by, so the list can point at the one refused.
    bool refusedStep = false;
    for (int row = 0; row < m_steps->count(); ++row) {
        QStringList stepProblems;
        RoutineStep::fromJson(m_steps->step(row), &stepProblems);
        m_steps->setRefused(row, !stepProblems.isEmpty());
        refusedStep = refusedStep || !stepProblems.isEmpty();
    }
    // A new routine lacks a name and steps at first: that is said once the person tries to save, a refused dose
    // at once.
    showProblems(refusedStep);
}

} // namespace unknot
