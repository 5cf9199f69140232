#include "../core/StringMaker.h"
#include "shell/AppContext.h"
#include "library/LibraryView.h"
#include "shell/MainWindow.h"
#include "SteadyClock.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Window {
    QTemporaryDir dir;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    SteadyClock clock;
    MainWindow window{context, clock};

    Window()
    {
        QSettings().clear();
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    QListWidget* sections() { return window.findChild<QListWidget*>(QStringLiteral("sections")); }
    /// The section the person sees highlighted: the selected row's name.
    QString highlighted()
    {
        const auto selected = sections()->selectedItems();
        return selected.size() == 1 ? selected.first()->text() : QStringLiteral("(%1 selected)").arg(selected.size());
    }
};

} // namespace

TEST_CASE("the highlighted section follows the page, however it was opened", "[gui][library]")
{
    Window w;
    QTest::keyClick(&w.window, Qt::Key_4, Qt::ControlModifier);
    REQUIRE(w.highlighted() == QStringLiteral("Exercises"));

    SECTION("a link from an exercise to a muscle")
    {
        w.window.library()->open({ItemKind::Exercise, QStringLiteral("v-raises")});
        auto* page = w.window.findChild<QTextBrowser*>(QStringLiteral("page"));
        Q_EMIT page->anchorClicked(ItemRef{ItemKind::Muscle, QStringLiteral("lower-trapezius")}.toUrl());
        CHECK(w.highlighted() == QStringLiteral("Muscles"));
    }

    SECTION("a search hit of another kind, and a link followed from it")
    {
        auto* search = w.window.findChild<QLineEdit*>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("rhomboids"));
        QTest::keyClick(search, Qt::Key_Return);
        REQUIRE(w.window.library()->currentItem() == ItemRef{ItemKind::Muscle, QStringLiteral("rhomboids")});
        CHECK(w.highlighted() == QStringLiteral("Muscles"));
        CHECK(w.window.library()->currentSection() == ItemKind::Muscle);

        auto* page = w.window.findChild<QTextBrowser*>(QStringLiteral("page"));
        Q_EMIT page->anchorClicked(ItemRef{ItemKind::Cause, QStringLiteral("poor-posture")}.toUrl());
        CHECK(w.highlighted() == QStringLiteral("Causes"));

        // Clearing the search shows the list of the page's section, with the page selected.
        QTest::keyClick(search, Qt::Key_Escape);
        auto* items = w.window.findChild<QListWidget*>(QStringLiteral("items"));
        REQUIRE(items->currentItem());
        CHECK(items->currentItem()->text() == QStringLiteral("Poor posture and tech neck"));
        CHECK(w.highlighted() == QStringLiteral("Causes"));
    }

    SECTION("going back to a page of another kind")
    {
        w.window.library()->open({ItemKind::Muscle, QStringLiteral("glutes")});
        w.window.library()->open({ItemKind::Exercise, QStringLiteral("glute-bridges")});
        w.window.library()->goBack();
        CHECK(w.highlighted() == QStringLiteral("Muscles"));
    }
}

TEST_CASE("a search that finds nothing says what to try and links to the sections", "[gui][library]")
{
    Window w;
    auto* search = w.window.findChild<QLineEdit*>(QStringLiteral("search"));
    auto* hint = w.window.findChild<QLabel*>(QStringLiteral("nothingFound"));
    REQUIRE(hint);
    CHECK_FALSE(hint->isVisible());

    QTest::keyClicks(search, QStringLiteral("zzzz"));
    CHECK(w.window.findChild<QListWidget*>(QStringLiteral("items"))->count() == 0);
    REQUIRE(hint->isVisible());
    const QString text = hint->text();
    CHECK(text.contains(QStringLiteral("Check the spelling")));
    CHECK(text.contains(QStringLiteral("zzzz")));
    for (ItemKind kind : ItemRef::allKinds) {
        CHECK(text.contains(QStringLiteral("href=\"section:%1\"").arg(ItemRef::kindKey(kind))));
        CHECK(text.contains(ItemRef::kindPlural(kind)));
    }

    // Following a section link browses that section.
    Q_EMIT hint->linkActivated(QStringLiteral("section:muscle"));
    CHECK(w.window.library()->currentSection() == ItemKind::Muscle);
    CHECK(w.highlighted() == QStringLiteral("Muscles"));
    CHECK(w.window.findChild<QListWidget*>(QStringLiteral("items"))->count() ==
          w.context.library().list(ItemKind::Muscle).size());
    CHECK_FALSE(hint->isVisible());
    CHECK(search->text().isEmpty()); // the search is done with

    // What was typed is shown as typed, never as markup.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("<zz>"));
    REQUIRE(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("&lt;zz&gt;")));
}
