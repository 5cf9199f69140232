#include "shell/AppContext.h"
#include "safety/DoctorDialog.h"
#include "library/LibraryView.h"
#include "shell/MainWindow.h"
#include "SteadyClock.h"
#include "../core/StringMaker.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

QString pageTitle(const MainWindow& window)
{
    auto* page = window.findChild<QTextBrowser*>(QStringLiteral("page"));
    return page->document()->firstBlock().text();
}

/// Clicks the first link whose text is exactly linkText, where a person would click it.
bool clickLink(MainWindow& window, const QString& linkText)
{
    auto* page = window.findChild<QTextBrowser*>(QStringLiteral("page"));
    QTextDocument* document = page->document();
    QTextCursor cursor(document);
    while (true) {
        cursor = document->find(linkText, cursor, QTextDocument::FindCaseSensitively);
        if (cursor.isNull()) {
            return false;
        }
        if (cursor.charFormat().isAnchor()) {
            break;
        }
    }
    page->setTextCursor(cursor);
    page->ensureCursorVisible();
    QTextCursor middle = cursor;
    middle.setPosition(cursor.selectionStart() + 1);
    const QRect rect = page->cursorRect(middle);
    QTest::mouseClick(page->viewport(), Qt::LeftButton, {}, rect.center());
    return true;
}

struct Fixture {
    QTemporaryDir dir;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    SteadyClock clock;
    MainWindow window{context, clock};

    Fixture()
    {
        QSettings().clear();
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

} // namespace

TEST_CASE("the library opens on its sections and shows a page", "[gui]")
{
    QSettings().clear();
    Fixture f;
    CHECK(f.context.problem().isEmpty());
    auto* sections = f.window.findChild<QListWidget*>(QStringLiteral("sections"));
    REQUIRE(sections->count() == 5);
    CHECK(sections->item(0)->text() == QStringLiteral("Causes"));
    CHECK(sections->item(4)->text() == QStringLiteral("Routines"));

    // Ctrl+4 opens Exercises, and its first exercise.
    QTest::keyClick(&f.window, Qt::Key_4, Qt::ControlModifier);
    CHECK(f.window.library()->currentSection() == ItemKind::Exercise);
    CHECK(pageTitle(f.window) == QStringLiteral("Glute bridges"));
    auto* page = f.window.findChild<QTextBrowser*>(QStringLiteral("page"));
    CHECK(page->toPlainText().contains(QStringLiteral("How to do it")));
    CHECK(page->toPlainText().contains(QStringLiteral("Muscles worked")));
}

TEST_CASE("typing a search lists hits, Enter opens the best one", "[gui]")
{
    Fixture f;
    auto* search = f.window.findChild<QLineEdit*>(QStringLiteral("search"));
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("rhomb"));
    auto* items = f.window.findChild<QListWidget*>(QStringLiteral("items"));
    REQUIRE(items->count() > 0);
    CHECK(items->item(0)->text().startsWith(QStringLiteral("Rhomboids")));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(pageTitle(f.window) == QStringLiteral("Rhomboids"));

    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    auto* title = f.window.findChild<QLabel*>(QStringLiteral("listTitle"));
    CHECK(title->text().startsWith(QStringLiteral("Muscles")));

    search->setText(QStringLiteral("xyzzy"));
    CHECK(items->count() == 0);
    CHECK(title->text().contains(QStringLiteral("Nothing found")));
}

TEST_CASE("a cross-link navigates and Back returns", "[gui]")
{
    Fixture f;
    f.window.library()->open({ItemKind::Exercise, QStringLiteral("v-raises")});
    REQUIRE(pageTitle(f.window) == QStringLiteral("V-raises"));

    REQUIRE(clickLink(f.window, QStringLiteral("Lower trapezius")));
    CHECK(pageTitle(f.window) == QStringLiteral("Lower trapezius"));
    CHECK(f.window.library()->currentSection() == ItemKind::Muscle);

    // From the muscle, its exercises link back to where we came from.
    auto* page = f.window.findChild<QTextBrowser*>(QStringLiteral("page"));
    CHECK(page->toPlainText().contains(QStringLiteral("Exercises that reach it")));

    QTest::keyClick(&f.window, Qt::Key_Left, Qt::AltModifier);
    CHECK(pageTitle(f.window) == QStringLiteral("V-raises"));
    QTest::keyClick(&f.window, Qt::Key_Right, Qt::AltModifier);
    CHECK(pageTitle(f.window) == QStringLiteral("Lower trapezius"));

    // The mouse's back button works too.
    QTest::mousePress(page->viewport(), Qt::BackButton, {}, QPoint(20, 20));
    CHECK(pageTitle(f.window) == QStringLiteral("V-raises"));
}

TEST_CASE("the doctor advice lists red flags and says what to do", "[gui]")
{
    Fixture f;
    const QString html = f.window.doctorAdviceHtml();
    CHECK(html.contains(QStringLiteral("emergency")));
    CHECK(html.contains(QStringLiteral("numbness")));
    CHECK(html.contains(QStringLiteral("What to do")));
}

TEST_CASE("the window remembers its size and the last page", "[gui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    {
        SteadyClock clock;
        MainWindow window(context, clock);
        window.show();
        window.resize(760, 540); // within the test screen: larger would be fitted to it
        window.library()->open({ItemKind::Technique, QStringLiteral("foam-rolling")});
        window.close();
    }
    SteadyClock clock;
    MainWindow again(context, clock);
    again.show();
    CHECK(again.size() == QSize(760, 540));
    CHECK(again.library()->currentSection() == ItemKind::Technique);
    CHECK(pageTitle(again) == QStringLiteral("Foam rolling"));
}

TEST_CASE("a journal that is not SQLite is reported, untouched, and the library still works", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database");
    }
    AppContext context(path);
    CHECK(context.problem().contains(QStringLiteral("not a SQLite database")));
    SteadyClock clock;
    MainWindow window(context, clock);
    window.showProblem(context.problem());
    auto* problem = window.findChild<QLabel*>(QStringLiteral("problem"));
    CHECK_FALSE(problem->isHidden());
    CHECK_FALSE(context.library().list(ItemKind::Routine).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("not a database"));
}

TEST_CASE("F1 has one owner and opens the doctor's advice; menus come in the usual order", "[gui]")
{
    Fixture f;
    f.window.show();
    QApplication::setActiveWindow(&f.window);
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    int owners = 0;
    for (const QAction* action : f.window.findChildren<QAction*>()) {
        owners += action->shortcuts().contains(QKeySequence(Qt::Key_F1)) ? 1 : 0;
    }
    CHECK(owners == 1);
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        if (auto* dialog = qobject_cast<DoctorDialog*>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->accept();
        }
    });
    QTest::keyClick(&f.window, Qt::Key_F1);
    CHECK(opened);

    QStringList menus;
    for (const QAction* action : f.window.menuBar()->actions()) {
        menus.append(action->text().remove(QLatin1Char('&')));
    }
    CHECK(menus == QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Go"),
                               QStringLiteral("Session"), QStringLiteral("Routines"), QStringLiteral("Journal"), QStringLiteral("Help")});
}

TEST_CASE("Tab goes from search to the sections, the list, the page and Start", "[gui]")
{
    Fixture f;
    f.window.show();
    f.window.library()->open({ItemKind::Routine, QStringLiteral("desk-micro-break")});
    QApplication::processEvents();
    QStringList order;
    QWidget* at = f.window.searchField();
    for (int guard = 0; guard < 200 && order.size() < 5; ++guard) {
        if (at->isVisible() && at->isEnabled() && (at->focusPolicy() & Qt::TabFocus) && !at->objectName().isEmpty()
            && at->window() == &f.window) {
            order.append(at->objectName());
        }
        at = at->nextInFocusChain();
    }
    CHECK(order == QStringList{QStringLiteral("search"), QStringLiteral("sections"), QStringLiteral("items"),
                               QStringLiteral("page"), QStringLiteral("startButton")});
}
