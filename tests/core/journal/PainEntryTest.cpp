#include "PainEntry.h"

#include "../StringMaker.h"

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

const QDateTime now(QDate(2024, 5, 20), QTime(18, 0), Qt::UTC);

PainEntry entry(int rating)
{
    PainEntry e;
    e.rating = rating;
    e.recordedUtc = now.addSecs(-600);
    e.sites = {{PainSite::Kind::Muscle, QStringLiteral("rhomboids"), QStringLiteral("Rhomboids"), true},
               {PainSite::Kind::Area, QStringLiteral("neck"), QStringLiteral("Neck"), false}};
    return e;
}

} // namespace

TEST_CASE("a rating from 0 to 10 with one worst place is accepted", "[journal]")
{
    for (int rating = 0; rating <= 10; ++rating) {
        CHECK(PainEntry::validate(entry(rating), now).isEmpty());
    }
    PainEntry bare = entry(4);
    bare.sites.clear(); // where it hurts is optional
    CHECK(PainEntry::validate(bare, now).isEmpty());
}

TEST_CASE("a rating outside 0 to 10 is refused in plain words", "[journal]")
{
    CHECK(PainEntry::validate(entry(11), now) == QStringLiteral("Choose a rating from 0 to 10."));
    CHECK(PainEntry::validate(entry(-1), now) == QStringLiteral("Choose a rating from 0 to 10."));
}

TEST_CASE("a time more than a minute ahead is in the future", "[journal]")
{
    PainEntry e = entry(3);
    e.recordedUtc = now.addSecs(60);
    CHECK(PainEntry::validate(e, now).isEmpty()); // clocks and forms take a moment
    e.recordedUtc = now.addSecs(61);
    CHECK(PainEntry::validate(e, now) == QStringLiteral("That time is in the future."));
    e.recordedUtc = QDateTime();
    CHECK(PainEntry::validate(e, now) == QStringLiteral("Choose when this was."));
}

TEST_CASE("only one place can be the worst, and each place is chosen once", "[journal]")
{
    PainEntry e = entry(5);
    e.sites[1].worst = true;
    CHECK(PainEntry::validate(e, now) == QStringLiteral("Mark only one place as the worst."));
    e.sites[1] = e.sites[0];
    e.sites[1].worst = false;
    CHECK(PainEntry::validate(e, now).contains(QStringLiteral("\"Rhomboids\" is chosen twice")));
    // The same slug as a muscle and as an area are two places.
    e.sites[1].kind = PainSite::Kind::Area;
    CHECK(PainEntry::validate(e, now).isEmpty());
}

TEST_CASE("each rating has its anchor words", "[journal]")
{
    CHECK(PainEntry::ratingAnchor(0) == QStringLiteral("No pain"));
    for (int rating : {1, 2, 3}) {
        CHECK(PainEntry::ratingAnchor(rating) == QStringLiteral("Mild"));
    }
    for (int rating : {4, 5, 6}) {
        CHECK(PainEntry::ratingAnchor(rating) == QStringLiteral("Moderate"));
    }
    for (int rating : {7, 8, 9}) {
        CHECK(PainEntry::ratingAnchor(rating) == QStringLiteral("Severe"));
    }
    CHECK(PainEntry::ratingAnchor(10) == QStringLiteral("Worst imaginable"));
    CHECK(PainEntry::ratingAnchor(11).isEmpty());
    CHECK(PainEntry::ratingAnchor(-1).isEmpty());
}

TEST_CASE("moments and site kinds round-trip through their stored keys", "[journal]")
{
    for (auto moment : {PainEntry::Moment::Before, PainEntry::Moment::After, PainEntry::Moment::Standalone}) {
        CHECK(PainEntry::momentFromKey(PainEntry::momentKey(moment)) == moment);
    }
    CHECK(PainEntry::momentKey(PainEntry::Moment::Standalone) == QStringLiteral("standalone"));
    CHECK_FALSE(PainEntry::momentFromKey(QStringLiteral("during")));
    for (auto kind : {PainSite::Kind::Muscle, PainSite::Kind::Area}) {
        CHECK(PainSite::kindFromKey(PainSite::kindKey(kind)) == kind);
    }
    CHECK_FALSE(PainSite::kindFromKey(QStringLiteral("bone")));
}

TEST_CASE("a note is refused past the one limit, counted in characters as a person counts them", "[journal]")
{
    PainEntry e = entry(4);
    e.note = QString(PainEntry::maxNoteLength, QLatin1Char('a'));
    CHECK(PainEntry::validate(e, now).isEmpty());
    e.note = QString(PainEntry::maxNoteLength - 1, QLatin1Char('a')) + QStringLiteral("😣"); // two UTF-16 units
    CHECK(PainEntry::noteLength(e.note) == PainEntry::maxNoteLength);
    CHECK(PainEntry::validate(e, now).isEmpty());
    e.note += QLatin1Char('!');
    CHECK(PainEntry::validate(e, now) == QStringLiteral("The note is 501 characters long; keep it to 500 or fewer."));
}
