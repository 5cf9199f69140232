// Time to draw one frame of the player's figure: the pose worked out from a snapshot (core) and painted at the
// player's size (widgets), for every exercise, at 100 % and 200 % scale. Prints figures; asserts nothing.
#include "figures/FigurePainter.h"

#include "ContentPack.h"
#include "FigureMotion.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cstdio>

using namespace unknot;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<ContentError> errors;
    const ContentPack pack = ContentPack::fromDirectory(QStringLiteral(UNKNOT_CONTENT_DIR), &errors);
    if (!errors.isEmpty()) {
        std::fprintf(stderr, "content pack: %s\n", qPrintable(errors.first().toString()));
        return 1;
    }
    const QSize size(420, 300); // the figure's area in a 980-pixel-wide player
    const FigureStyle style = FigureStyle::from(app.palette());
    const int frames = 300;
    for (const double ratio : {1.0, 2.0}) {
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        double worst = 0;
        double total = 0;
        for (const Exercise& exercise : pack.exercises()) {
            const Movement& movement = exercise.figure.forSet(0);
            const QRectF scene = figurepaint::sceneOf(movement);
            SessionSnapshot s;
            s.state = SessionState::Running;
            s.phase = exercise.dose.kind == Dose::Kind::Reps     ? SessionPhase::Lift
                      : exercise.dose.kind == Dose::Kind::Cycles ? SessionPhase::Contract
                                                                 : SessionPhase::Timed;
            s.phaseMs = 3000;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < frames; ++i) {
                s.msLeft = s.phaseMs - (i * 10) % s.phaseMs;
                image.fill(Qt::white);
                QPainter painter(&image);
                figurepaint::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), movement,
                                   motion::poseAt(exercise.figure, s), style, scene);
            }
            const double perFrame = static_cast<double>(timer.nsecsElapsed()) / 1e6 / frames;
            worst = std::max(worst, perFrame);
            total += perFrame;
        }
        std::printf("%3.0f %% scale, %dx%d: %.3f ms a frame on average over %lld exercises, %.3f ms for the slowest\n",
                    ratio * 100, size.width(), size.height(), total / pack.exercises().size(),
                    static_cast<long long>(pack.exercises().size()), worst);
    }
    return 0;
}
