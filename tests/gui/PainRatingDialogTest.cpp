#include "SqlSupport.h"
#include "../storage/Capture.h"
#include "journal/PainRatingDialog.h"

#include "../core/StringMaker.h"
#include "shell/AppContext.h"
#include "Database.h"
#include "shell/MainWindow.h"
#include "ManualClock.h"
#include "PainRepository.h"
#include "session/PlayerWindow.h"
#include "common/Prompts.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
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

TEST_CASE("editing keeps a note longer than the limit whole; a new note past it is refused beside the field",
          "[journal][rating]")
{
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    PainEntry entry;
    entry.rating = 6;
    entry.recordedUtc = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QString error;
    const auto id = test::capture(context.pain().add(entry), &error);
    REQUIRE(id);
    // A longer note from before the limit held everywhere (only an import could store one).
    const QString longNote = QStringLiteral("Stiff all day. ").repeated(40).trimmed();
    REQUIRE(longNote.size() > PainEntry::maxNoteLength);
    QSqlQuery query(sql::database(context.database().connection()));
    query.prepare(QStringLiteral("UPDATE pain_entry SET note = ? WHERE id = ?"));
    query.addBindValue(longNote);
    query.addBindValue(*id);
    REQUIRE(query.exec());

    {
        PainRatingDialog dialog(context.library(), context.pain(), *context.pain().entry(*id),
                                PainRatingDialog::Purpose::Edit);
        dialog.show();
        auto* note = dialog.findChild<QLineEdit*>(QStringLiteral("note"));
        CHECK(note->text() == longNote);
        CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("noteError"))->isVisible());
        QTest::keyClick(&dialog, Qt::Key_2);
        QTest::keyClick(&dialog, Qt::Key_Return);
        REQUIRE(dialog.savedId());
        CHECK(context.pain().entry(*id)->rating == 2);
        CHECK(context.pain().entry(*id)->note == longNote);
    }
    {
        PainRatingDialog dialog(context.library(), context.pain(), *context.pain().entry(*id),
                                PainRatingDialog::Purpose::Edit);
        dialog.show();
        auto* note = dialog.findChild<QLineEdit*>(QStringLiteral("note"));
        note->setText(longNote + QStringLiteral(" More."));
        auto* noteError = dialog.findChild<QLabel*>(QStringLiteral("noteError"));
        REQUIRE(noteError);
        CHECK(noteError->isVisible());
        QTest::keyClick(&dialog, Qt::Key_Return);
        CHECK_FALSE(dialog.savedId());
        CHECK(noteError->text() ==
              QStringLiteral("The note is %1 characters long; keep it to 500 or fewer.").arg(longNote.size() + 6));
        CHECK(note->text() == longNote + QStringLiteral(" More.")); // nothing typed is cut
        CHECK(context.pain().entry(*id)->note == longNote);
        note->setText(QStringLiteral("Stiff all day."));
        CHECK_FALSE(noteError->isVisible());
        QTest::keyClick(&dialog, Qt::Key_Return);
        REQUIRE(dialog.savedId());
        CHECK(context.pain().entry(*id)->note == QStringLiteral("Stiff all day."));
    }
}
