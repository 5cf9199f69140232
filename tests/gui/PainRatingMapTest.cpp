// Where it hurts, by tapping: the rating dialog's body map and its list edit one choice, and saving stores it.
#include "../core/StringMaker.h"
#include "PainRepository.h"
#include "figures/BodyMapWidget.h"
#include "journal/PainRatingDialog.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

void tap(BodyMapWidget* map, const QString& elementId)
{
    const auto point = map->pointInside(elementId);
    REQUIRE(point);
    QTest::mouseClick(map, Qt::LeftButton, {}, *point);
}

QListWidgetItem* listItem(QListWidget* sites, const QString& name)
{
    const auto found = sites->findItems(name, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    return found.first();
}

} // namespace

TEST_CASE("tapping the body map in the rating dialog saves those places and the one that hurts most",
          "[journal][rating][bodymap]")
{
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    PainEntry start;
    start.moment = PainEntry::Moment::Standalone;
    PainRatingDialog dialog(context.library(), context.pain(), start, PainRatingDialog::Purpose::Standalone);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* map = dialog.findChild<BodyMapWidget*>(QStringLiteral("siteMap"));
    auto* sites = dialog.findChild<QListWidget*>(QStringLiteral("sites"));
    auto* worst = dialog.findChild<QComboBox*>(QStringLiteral("worst"));
    REQUIRE(map);
    CHECK(map->views() == QList<BodyMapArt::View>{BodyMapArt::View::Back}); // the back first

    tap(map, QStringLiteral("rhomboids_l"));
    CHECK(listItem(sites, QStringLiteral("Rhomboids (muscle)"))->checkState() == Qt::Checked);
    tap(map, QStringLiteral("area-shoulders_r"));
    CHECK(listItem(sites, QStringLiteral("Shoulders"))->checkState() == Qt::Checked);
    tap(map, QStringLiteral("area-shoulders_l")); // the other side is the same place: now it hurts most
    CHECK(worst->currentData().toString() == QStringLiteral("area:shoulders"));
    tap(map, QStringLiteral("area-shoulders_l")); // the third tap clears it
    CHECK(listItem(sites, QStringLiteral("Shoulders"))->checkState() == Qt::Unchecked);
    CHECK(worst->currentData().toString().isEmpty());
    tap(map, QStringLiteral("levator-scapulae_l"));
    tap(map, QStringLiteral("levator-scapulae_l"));
    CHECK(worst->currentData().toString() == QStringLiteral("muscle:levator-scapulae"));
    CHECK(map->marks().worst == QStringLiteral("muscle:levator-scapulae"));

    // The front is one click away.
    QTest::mouseClick(map->findChild<QToolButton*>(QStringLiteral("bodyMapFlip")), Qt::LeftButton);
    CHECK(map->views() == QList<BodyMapArt::View>{BodyMapArt::View::Front});
    tap(map, QStringLiteral("pectorals_l"));

    dialog.setRating(5);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    REQUIRE(dialog.savedId());
    const auto stored = context.pain().entry(*dialog.savedId());
    REQUIRE(stored);
    REQUIRE(stored->sites.size() == 3);
    CHECK(stored->sites.at(0) ==
          PainSite{PainSite::Kind::Muscle, QStringLiteral("rhomboids"), QStringLiteral("Rhomboids"), false});
    CHECK(stored->sites.at(1).slug == QStringLiteral("levator-scapulae"));
    CHECK(stored->sites.at(1).name == QStringLiteral("Levator scapulae"));
    CHECK(stored->sites.at(1).worst);
    CHECK(stored->sites.at(2).slug == QStringLiteral("pectorals"));
    CHECK_FALSE(stored->sites.at(2).worst);
}

TEST_CASE("the rating dialog's list and body map show one choice: ticking one shows on the other",
          "[journal][rating][bodymap]")
{
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    PainEntry entry;
    entry.rating = 4;
    entry.sites = {{PainSite::Kind::Muscle, QStringLiteral("suboccipitals"), QStringLiteral("Suboccipitals"), true}};
    PainRatingDialog dialog(context.library(), context.pain(), entry, PainRatingDialog::Purpose::Edit);
    auto* map = dialog.findChild<BodyMapWidget*>(QStringLiteral("siteMap"));
    auto* sites = dialog.findChild<QListWidget*>(QStringLiteral("sites"));
    auto* worst = dialog.findChild<QComboBox*>(QStringLiteral("worst"));
    CHECK(map->marks().worst == QStringLiteral("muscle:suboccipitals")); // an edit starts from the stored places

    listItem(sites, QStringLiteral("Buttock muscles (glutes) (muscle)"))->setCheckState(Qt::Checked);
    CHECK(map->marks().tones.contains(QStringLiteral("muscle:glutes")));
    worst->setCurrentIndex(worst->findData(QStringLiteral("muscle:glutes")));
    Q_EMIT worst->activated(worst->currentIndex());
    CHECK(map->marks().worst == QStringLiteral("muscle:glutes"));
    CHECK(dialog.siteChoice().mark(QStringLiteral("muscle:suboccipitals")) == PainSiteChoice::Mark::Hurts);

    listItem(sites, QStringLiteral("Buttock muscles (glutes) (muscle)"))->setCheckState(Qt::Unchecked);
    CHECK_FALSE(map->marks().tones.contains(QStringLiteral("muscle:glutes")));
    CHECK(map->marks().worst.isEmpty());
    CHECK(worst->currentData().toString().isEmpty());
}
