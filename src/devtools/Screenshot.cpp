#include "devtools/Screenshot.h"

#include "ImportFile.h"
#include "ManualClock.h"
#include "common/Prompts.h"
#include "devtools/ContactSheet.h"
#include "devtools/EditorShots.h"
#include "journal/PainRatingDialog.h"
#include "library/ImportDialog.h"
#include "library/LibraryView.h"
#include "report/ReportWriter.h"
#include "safety/DoctorDialog.h"
#include "safety/RedFlagCheckDialog.h"
#include "session/MiniPlayer.h"
#include "session/PainRiseDialog.h"
#include "session/PlayerWindow.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "session/ThermalDialog.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>

namespace unknot {

QStringList Screenshot::viewNames()
{
    QStringList names;
    for (ItemKind kind : ItemRef::allKinds) {
        names.append(ItemRef::kindKeyPlural(kind));
    }
    names << QStringLiteral("search") << QStringLiteral("doctor") << QStringLiteral("player")
          << QStringLiteral("player-hold") << QStringLiteral("player-lift") << QStringLiteral("player-cycles")
          << QStringLiteral("player-sides") << QStringLiteral("player-tap") << QStringLiteral("player-paused")
          << QStringLiteral("player-done") << QStringLiteral("player-skin-check") << QStringLiteral("mini")
          << QStringLiteral("thermal-player") << QStringLiteral("thermal-dialog") << QStringLiteral("history")
          << QStringLiteral("rating") << QStringLiteral("safety-check") << QStringLiteral("pain-rise")
          << QStringLiteral("report") << QStringLiteral("figures") << QStringLiteral("figures-dark")
          << QStringLiteral("import-preview") << EditorShots::viewNames();
    return names;
}

QString Screenshot::renderSession(MainWindow& window, ManualClock& clock, const QString& view, const QString& file)
{
    SessionController* sessions = window.sessions();
    sessions->setRateBefore(false);
    const auto at = [&clock, sessions](qint64 ms) {
        clock.advance(ms);
        sessions->driver()->tick();
    };
    if (view == QLatin1String("player") || view == QLatin1String("player-hold") ||
        view == QLatin1String("player-paused") || view == QLatin1String("mini") ||
        view == QLatin1String("player-done") || view == QLatin1String("player-lift")) {
        sessions->startRoutine(QStringLiteral("upper-back-activation"));
        // 5 s to get ready, then reps of 2 s up, 1 s hold, 2 s down: rep 4 lifts at 20 s and holds at 22 s.
        at(view == QLatin1String("player-hold") ? 22'400 : view == QLatin1String("player-lift") ? 21'000 : 20'500);
        if (view == QLatin1String("player-paused")) {
            sessions->driver()->pause();
        }
        if (view == QLatin1String("player-done")) {
            sessions->driver()->end();
        }
    } else if (view == QLatin1String("player-cycles")) {
        sessions->startExercise(QStringLiteral("snow-angels"));
        at(5'000 + 15'000 + 7'000); // cycle 2, relaxing
    } else if (view == QLatin1String("player-sides")) {
        sessions->startExercise(QStringLiteral("total-neck-recovery"));
        at(5'000 + 2 * 4'000 + 1'000);
    } else if (view == QLatin1String("player-tap")) {
        sessions->startExercise(QStringLiteral("v-raises"));
        sessions->driver()->setSelfPaced(true);
        at(5'500);
        sessions->driver()->tapRep();
        sessions->driver()->tapRep();
    } else if (view == QLatin1String("thermal-player")) {
        sessions->startThermal(ThermalPlan{});
        at(5'000 + 3 * 60'000 + 20'000);
    } else if (view == QLatin1String("player-skin-check")) {
        // Cold, then the skin check, which waits for "my skin feels normal" before heat.
        sessions->startThermal(ThermalPlan{});
        at(5'000 + ThermalPlan{}.phaseMinutes * 60'000 + 60'000 + 1'000);
    }
    if (!sessions->player()) {
        return QStringLiteral("the session for \"%1\" did not start: %2").arg(view, sessions->lastProblem());
    }
    QWidget* target = sessions->player();
    if (view == QLatin1String("mini")) {
        sessions->toggleMiniPlayer();
        target = sessions->miniPlayer();
    }
    QApplication::processEvents();
    const bool saved = target->grab().save(file);
    sessions->player()->requestEnd();
    return saved ? QString() : QStringLiteral("could not write %1").arg(file);
}

QString Screenshot::render(MainWindow& window, AppContext& context, ManualClock& clock, const QString& view,
                           const QString& file)
{
    window.resize(1280, 820);
    window.show();
    if (view.startsWith(QLatin1String("player")) || view == QLatin1String("mini") ||
        view == QLatin1String("thermal-player")) {
        Prompts::setAnswerer([](const QString&, const QString&) { return true; });
        Prompts::setInformer([](const QString&, const QString&) {}); // a render never waits on a message box
        return renderSession(window, clock, view, file);
    }
    if (EditorShots::viewNames().contains(view)) {
        return EditorShots::render(window, context, view, file);
    }
    if (view == QLatin1String("figures") || view == QLatin1String("figures-dark")) {
        const QImage sheet =
            ContactSheet::render(context.library(), qApp->devicePixelRatio(), view == QLatin1String("figures-dark"));
        return sheet.save(file) ? QString() : QStringLiteral("could not write %1").arg(file);
    }
    if (view == QLatin1String("report")) {
        const QDate today = QDate::currentDate();
        const auto data = ReportWriter::gather(context.history(), context.library(), today.addDays(-27), today);
        // A4 at 150 dpi; QT_SCALE_FACTOR=2 gives the @2x picture.
        const int width = qRound(1240 * qApp->devicePixelRatio());
        return ReportWriter::preview(data, width).save(file) ? QString()
                                                             : QStringLiteral("could not write %1").arg(file);
    }
    if (view == QLatin1String("history")) {
        window.showHistory(true);
        QApplication::processEvents();
        return window.grab().save(file) ? QString() : QStringLiteral("could not write %1").arg(file);
    }
    if (view == QLatin1String("rating") || view == QLatin1String("safety-check") ||
        view == QLatin1String("pain-rise")) {
        std::unique_ptr<QDialog> dialog;
        if (view == QLatin1String("rating")) {
            PainEntry entry;
            entry.moment = PainEntry::Moment::After;
            entry.rating = 3;
            entry.sites = {
                {PainSite::Kind::Area, QStringLiteral("shoulder-blades"), QStringLiteral("Shoulder blades"), true},
                {PainSite::Kind::Muscle, QStringLiteral("levator-scapulae"), QStringLiteral("Levator scapulae"),
                 false}};
            auto* rating = new PainRatingDialog(context.library(), context.pain(), entry,
                                                PainRatingDialog::Purpose::After, &window);
            rating->setRating(3);
            dialog.reset(rating);
        } else if (view == QLatin1String("safety-check")) {
            dialog = std::make_unique<RedFlagCheckDialog>(context.library().safety(), context.safety(), false, &window);
        } else {
            dialog = std::make_unique<PainRiseDialog>(QStringLiteral("Upper back and shoulder activation"), 3, 6, 1,
                                                      QStringLiteral("stress-reset"), QStringLiteral("Stress reset"),
                                                      &window);
        }
        dialog->show();
        QApplication::processEvents();
        return dialog->grab().save(file) ? QString() : QStringLiteral("could not write %1").arg(file);
    }
    if (view == QLatin1String("import-preview")) {
        // A small file in free-exercise-db's shape: one exercise with a muscle the library does not have, one a
        // built-in already covers by id, one stretch.
        const QByteArray sample = R"([
  {"id": "Band_Pull_Apart", "name": "Band Pull Apart", "level": "beginner", "equipment": "bands",
   "primaryMuscles": ["shoulders"], "secondaryMuscles": ["middle back", "traps"], "category": "strength",
   "instructions": ["Hold a band at shoulder height.", "Pull it apart, squeezing your shoulder blades."]},
  {"id": "Cat_Stretch", "name": "Cat-cow", "level": "beginner", "equipment": "body only",
   "primaryMuscles": ["lower back"], "secondaryMuscles": [], "category": "stretching",
   "instructions": ["Kneel on all fours.", "Round your back, then let it sink."]},
  {"id": "Chest_Stretch", "name": "Doorway chest stretch", "level": "beginner", "equipment": "body only",
   "primaryMuscles": ["chest"], "secondaryMuscles": ["shoulders"], "category": "stretching",
   "instructions": ["Stand in a doorway with your forearms on the frame.", "Step forward until you feel a stretch."]}
])";
        const QString path = QDir::temp().filePath(QStringLiteral("unknot-screenshot-exercises.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(sample) < 0) {
            return QStringLiteral("could not write %1").arg(path);
        }
        out.close();
        const ImportBatch batch = ImportFile::read(path, context.library().knownIds());
        ImportDialog dialog(batch, context.ownImport().preview(batch.exercises, batch.routines, batch.exerciseLines),
                            &window);
        dialog.resize(820, 460);
        dialog.show();
        QApplication::processEvents();
        QFile::remove(path);
        return dialog.grab().save(file) ? QString() : QStringLiteral("could not write %1").arg(file);
    }
    if (view == QLatin1String("thermal-dialog")) {
        ThermalDialog dialog(&window);
        dialog.show();
        QApplication::processEvents();
        return dialog.grab().save(file) ? QString() : QStringLiteral("could not write %1").arg(file);
    }
    if (view == QLatin1String("doctor")) {
        DoctorDialog dialog(window.doctorAdviceHtml(), &window);
        dialog.show(); // not exec(): that would wait for a click
        QApplication::processEvents();
        return dialog.grab().save(file) ? QString() : QStringLiteral("could not write %1").arg(file);
    }
    if (view == QLatin1String("search")) {
        window.searchField()->setText(QStringLiteral("shoulder blade"));
    } else if (const auto ref = ItemRef::fromUrl(QUrl(QStringLiteral("unknot:") + view))) {
        window.library()->open(*ref);
    } else {
        bool found = false;
        for (ItemKind kind : ItemRef::allKinds) {
            if (ItemRef::kindKeyPlural(kind) == view) {
                window.library()->showSection(kind);
                found = true;
            }
        }
        if (!found) {
            return QStringLiteral("unknown view \"%1\"; try one of: %2, or kind/slug")
                .arg(view, viewNames().join(u", "));
        }
    }
    QApplication::processEvents();
    if (!window.grab().save(file)) {
        return QStringLiteral("could not write %1").arg(file);
    }
    return {};
}

} // namespace unknot
