#include "PainRatingDialog.h"

#include "../core/StringMaker.h"
#include "AppContext.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "PlayerWindow.h"
#include "Prompts.h"
#include "SessionController.h"
#include "SessionDriver.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

/// Every number button is at least as large as its style needs to show its text whole.
void checkDigitsFit(PainRatingDialog* dialog)
{
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    for (int value = PainEntry::minRating; value <= PainEntry::maxRating; ++value) {
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("rating%1").arg(value));
        REQUIRE(button);
        INFO("button " << value << " is " << button->width() << "x" << button->height() << ", needs "
                       << button->sizeHint().width() << "x" << button->sizeHint().height());
        CHECK(button->width() >= button->sizeHint().width());
        CHECK(button->height() >= button->sizeHint().height());
        CHECK(button->width() == button->height()); // round
    }
}

/// The application font at a given size for the life of a test.
struct AppFont {
    QFont saved = QApplication::font();
    explicit AppFont(double points)
    {
        QFont font = saved;
        font.setPointSizeF(points);
        QApplication::setFont(font);
    }
    ~AppFont() { QApplication::setFont(saved); }
};

} // namespace

TEST_CASE("the after-session rating shows 10 whole inside the player", "[journal][rating]")
{
    QSettings().clear();
    Prompts::setAnswerer([](const QString&, const QString&) { return true; });
    QTemporaryDir dir;
    ManualClock clock;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    MainWindow window(context, clock);
    SessionController& sessions = *window.sessions();
    REQUIRE(sessions.startExercise(QStringLiteral("glute-bridges")));
    QTest::keyClick(sessions.ratingDialog(), Qt::Key_3);
    QTest::keyClick(sessions.ratingDialog(), Qt::Key_Return);
    REQUIRE(sessions.player());
    clock.advance(5000 + 50'000);
    sessions.driver()->tick();
    PainRatingDialog* after = sessions.ratingDialog();
    REQUIRE(after);
    // The player styles its own buttons with wide padding; the rating's buttons must not take it on.
    CHECK(after->parentWidget() == sessions.player());
    checkDigitsFit(after);
    Prompts::setAnswerer({});
}

TEST_CASE("the rating buttons grow with the font and still show 10 whole", "[journal][rating]")
{
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    for (const double points : {8.0, 12.0, 24.0}) {
        AppFont font(points);
        INFO("font " << points << " pt");
        PainRatingDialog dialog(context.library(), context.pain(), PainEntry{}, PainRatingDialog::Purpose::Standalone);
        checkDigitsFit(&dialog);
        if (points == 24.0) {
            CHECK(dialog.findChild<QPushButton*>(QStringLiteral("rating10"))->width() > 52);
        }
    }
}
