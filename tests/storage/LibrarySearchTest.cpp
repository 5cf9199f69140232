#include "Capture.h"
#include "../core/StringMaker.h"
#include "BuiltinContent.h"
#include "Database.h"
#include "LibraryRepository.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Library {
    QTemporaryDir dir;
    Database db;

    Library()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        const BuiltinContent content = BuiltinContent::load();
        QString error;
        REQUIRE(test::capture(LibraryRepository(db.connection()).install(content.pack, content.fingerprint), &error));
    }
};

/// 1 for the first hit; 0 when id is not among the hits.
int placeOf(const QList<SearchHit>& hits, const QString& id)
{
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (hits.at(i).item.ref.id == id) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

QString firstFew(const QList<SearchHit>& hits)
{
    QStringList ids;
    for (qsizetype i = 0; i < hits.size() && i < 5; ++i) {
        ids.append(hits.at(i).item.ref.id);
    }
    return ids.join(QStringLiteral(", "));
}

} // namespace

TEST_CASE("what a person in pain types finds what helps, near the top", "[library][search]")
{
    // query, the item it should find, at this place or better
    const struct {
        const char* query;
        const char* expected;
        int within;
    } table[] = {
        {"sore shoulders", "shoulder-rolls", 3},
        {"sore shoulders", "shrugs", 3},
        {"neck pain", "neck-muscles", 3},
        {"neck pain", "neck-tilts", 3},
        {"knot between shoulder blades", "trigger-points", 3},
        {"knot between shoulder blades", "rhomboids", 3},
        {"stiff upper back", "thoracic-rotation", 3},
        {"heat", "moist-heat", 1},
        {"heat", "heat-protocol", 3},
        {"ice", "cold-therapy", 1},
        {"desk", "desk-micro-break", 3},
        {"desk", "posture-ergonomics", 3},
        {"stress", "stress-tension", 1},
        {"stress", "stress-reset", 3},
        {"posture", "poor-posture", 1},
        {"posture", "posture-ergonomics", 3},
        {"lats", "latissimus-dorsi", 1},
        {"scapula push-ups", "scapula-push-ups", 1},
        {"breathing", "deep-breathing", 1},
        {"breathing", "breathing-mindfulness", 3},
    };
    Library library;
    const LibraryRepository repository(library.db.connection());
    for (const auto& row : table) {
        const auto hits = repository.search(QString::fromUtf8(row.query));
        const int place = placeOf(hits, QString::fromLatin1(row.expected));
        INFO("\"" << row.query << "\" → " << firstFew(hits).toStdString());
        CHECK(place >= 1);
        CHECK(place <= row.within);
    }
}

TEST_CASE("a word about how it feels does not outrank the words about where", "[library][search]")
{
    Library library;
    const LibraryRepository repository(library.db.connection());
    // "sore" is in the injury page's summary; "shoulders" is what the person is asking about.
    const auto sore = repository.search(QStringLiteral("sore shoulders"));
    REQUIRE(sore.size() >= 3);
    CHECK(placeOf(sore, QStringLiteral("injury")) > 3);
    // Only such words typed: they are searched for all the same.
    CHECK_FALSE(repository.search(QStringLiteral("sore")).isEmpty());
}

TEST_CASE("more of the words typed ranks higher; one word alone still finds something", "[library][search]")
{
    Library library;
    const LibraryRepository repository(library.db.connection());
    const auto both = repository.search(QStringLiteral("foam roller"));
    REQUIRE(both.size() >= 2);
    CHECK(placeOf(both, QStringLiteral("foam-roller-thoracic-extension")) <= 2);
    CHECK(placeOf(both, QStringLiteral("foam-rolling")) <= 2);
    // Items with every word are the answer when there are any: each also turns up for each word alone.
    for (const SearchHit& hit : repository.search(QStringLiteral("knot shoulder blades"), 200)) {
        CHECK(placeOf(repository.search(QStringLiteral("knot"), 200), hit.item.ref.id) > 0);
        CHECK(placeOf(repository.search(QStringLiteral("shoulder"), 200), hit.item.ref.id) > 0);
        CHECK(placeOf(repository.search(QStringLiteral("blades"), 200), hit.item.ref.id) > 0);
    }
    // A typo in one word: the other still finds the page.
    CHECK(placeOf(repository.search(QStringLiteral("shoulder rollz")), QStringLiteral("shoulder-rolls")) == 1);
    CHECK(repository.search(QStringLiteral("zzzz")).isEmpty());
}
