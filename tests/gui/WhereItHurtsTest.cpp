// History's where-it-hurts map: how often each place was marked in the period, read from the journal.
#include "journal/WhereItHurts.h"

#include "../core/StringMaker.h"
#include "PainRepository.h"
#include "figures/BodyMapWidget.h"
#include "journal/HistoryView.h"
#include "shell/AppContext.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("History's map counts how often each place was marked in the period", "[journal][history][bodymap]")
{
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    const auto add = [&context](int daysAgo, QList<PainSite> sites) {
        PainEntry entry;
        entry.recordedUtc = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        entry.rating = 4;
        entry.sites = std::move(sites);
        REQUIRE(context.pain().add(entry));
    };
    const PainSite rhomboids{PainSite::Kind::Muscle, QStringLiteral("rhomboids"), QStringLiteral("Rhomboids"), false};
    const PainSite neck{PainSite::Kind::Area, QStringLiteral("neck"), QStringLiteral("Neck"), false};
    const PainSite lowerBack{PainSite::Kind::Area, QStringLiteral("lower-back"), QStringLiteral("Lower back"), false};
    add(1, {rhomboids, neck});
    add(3, {rhomboids});
    add(5, {lowerBack});
    add(60, {rhomboids, lowerBack}); // before the last four weeks

    QUndoStack undo;
    HistoryView history(context, &undo);
    history.refresh();
    const QHash<QString, int>& counts = history.whereItHurts()->counts();
    CHECK(counts.value(QStringLiteral("muscle:rhomboids")) == 2);
    CHECK(counts.value(QStringLiteral("area:lower-back")) == 1); // an area with its own region
    // The neck has no region of its own: it shows on its muscles.
    CHECK(counts.value(QStringLiteral("muscle:suboccipitals")) == 1);
    CHECK(counts.value(QStringLiteral("muscle:levator-scapulae")) == 1);
    const auto& tones = history.whereItHurts()->map()->marks().tones;
    CHECK(tones.value(QStringLiteral("muscle:rhomboids")) == BodyMapShading::levels);
    CHECK(tones.value(QStringLiteral("area:lower-back")) == BodyMapShading::levels / 2);

    history.setRange(QDate::currentDate().addDays(-90), QDate::currentDate());
    CHECK(history.whereItHurts()->counts().value(QStringLiteral("muscle:rhomboids")) == 3);
    CHECK(history.whereItHurts()->counts().value(QStringLiteral("area:lower-back")) == 2);
}
