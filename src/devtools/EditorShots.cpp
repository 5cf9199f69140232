#include "devtools/EditorShots.h"

#include "editor/ExerciseEditor.h"
#include "editor/MusclePicker.h"
#include "editor/OwnItemActions.h"
#include "editor/RoutineEditor.h"
#include "library/LibraryView.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QListWidget>
#include <QPixmap>
#include <QTabWidget>

namespace unknot {

namespace {

QJsonObject reps(int low, int high, int hold)
{
    return {{QStringLiteral("kind"), QStringLiteral("reps")},
            {QStringLiteral("reps"), QJsonObject{{QStringLiteral("min"), low}, {QStringLiteral("max"), high}}},
            {QStringLiteral("holdSeconds"), hold},
            {QStringLiteral("text"), QStringLiteral("%1 slow repetitions, %2 s hold").arg(high).arg(hold)}};
}

/// A short desk routine as a person might build it: two built-in exercises, a rest and one more with its own dose.
QJsonObject deskRoutine(bool refused)
{
    QJsonObject doseStep{{QStringLiteral("exercise"), QStringLiteral("chest-stretch")},
                         {QStringLiteral("dose"), refused ? reps(12, 8, 3) : reps(6, 6, 3)}};
    return {{QStringLiteral("name"), QStringLiteral("After lunch")},
            {QStringLiteral("summary"), QStringLiteral("Shoulders, neck and chest before the afternoon.")},
            {QStringLiteral("place"), QStringLiteral("desk")},
            {QStringLiteral("restSeconds"), 10},
            {QStringLiteral("purpose"), QJsonArray{QStringLiteral("My physiotherapist's three, in her order.")}},
            {QStringLiteral("steps"),
             QJsonArray{QJsonObject{{QStringLiteral("exercise"), QStringLiteral("shoulder-rolls")}},
                        QJsonObject{{QStringLiteral("exercise"), QStringLiteral("neck-tilts")}},
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("rest")}, {QStringLiteral("seconds"), 30}},
                        doseStep}}};
}

QJsonObject wallAngels()
{
    return {{QStringLiteral("name"), QStringLiteral("Wall angels")},
            {QStringLiteral("summary"), QStringLiteral("Arms slide up and down a wall, back flat against it.")},
            {QStringLiteral("position"), QStringLiteral("wall")},
            {QStringLiteral("origin"), QStringLiteral("From my physiotherapist, March")},
            {QStringLiteral("steps"), QJsonArray{QStringLiteral("Stand with your back, head and arms against a wall."),
                                                 QStringLiteral("Slide your arms up as far as they stay on the wall."),
                                                 QStringLiteral("Slide them down slowly, elbows to your sides.")}},
            {QStringLiteral("dose"), reps(8, 10, 2)},
            {QStringLiteral("muscles"),
             QJsonArray{QStringLiteral("lower-trapezius"), QStringLiteral("rhomboids"), QStringLiteral("pectorals")}},
            {QStringLiteral("cautions"), QJsonArray{QStringLiteral("Stop where the arms leave the wall.")}}};
}

QString save(QWidget* widget, const QString& file)
{
    QApplication::processEvents();
    return widget->grab().save(file) ? QString() : QStringLiteral("could not write %1").arg(file);
}

} // namespace

const QStringList& EditorShots::viewNames()
{
    static const QStringList names{QStringLiteral("routine-editor"), QStringLiteral("routine-editor-refused"),
                                   QStringLiteral("exercise-editor"), QStringLiteral("exercise-editor-muscles"),
                                   QStringLiteral("own-routine")};
    return names;
}

QString EditorShots::render(MainWindow& window, AppContext& context, const QString& view, const QString& file)
{
    const auto noSave = [](const QJsonObject&) { return QString(); };
    if (view.startsWith(QLatin1String("routine-editor"))) {
        RoutineEditor editor(context.library(), noSave, &window);
        editor.setBody(deskRoutine(view.endsWith(QLatin1String("refused"))));
        editor.resize(1000, 580);
        editor.show();
        editor.findChild<QListWidget*>(QStringLiteral("steps"))->setCurrentRow(3);
        return save(&editor, file);
    }
    if (view.startsWith(QLatin1String("exercise-editor"))) {
        ExerciseEditor editor(context.library(), noSave, &window);
        editor.setBody(wallAngels());
        editor.resize(900, 580);
        editor.show();
        if (view.endsWith(QLatin1String("muscles"))) {
            editor.tabs()->setCurrentWidget(editor.musclePicker());
        }
        return save(&editor, file);
    }
    if (view == QLatin1String("own-routine")) {
        const QString exercise = window.ownItems()->save(ItemKind::Exercise, wallAngels());
        QJsonObject routine = deskRoutine(false);
        QJsonArray steps = routine.value(QStringLiteral("steps")).toArray();
        steps.append(QJsonObject{{QStringLiteral("exercise"), QStringLiteral("wall-angels")}});
        routine.insert(QStringLiteral("steps"), steps);
        routine.insert(QStringLiteral("origin"), QStringLiteral("From my physiotherapist"));
        if (const QString failed = exercise + window.ownItems()->save(ItemKind::Routine, routine); !failed.isEmpty()) {
            return failed;
        }
        window.library()->open({ItemKind::Routine, QStringLiteral("after-lunch")});
        return save(&window, file);
    }
    return QStringLiteral("unknown view \"%1\"").arg(view);
}

} // namespace unknot
