#include "PainEntry.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace unknot {

QString PainEntry::validate(const PainEntry& entry, const QDateTime& nowUtc)
{
    if (entry.rating < minRating || entry.rating > maxRating) {
        return QCoreApplication::translate("PainEntry", "Choose a rating from 0 to 10.");
    }
    if (!entry.recordedUtc.isValid()) {
        return QCoreApplication::translate("PainEntry", "Choose when this was.");
    }
    if (nowUtc.isValid() && entry.recordedUtc > nowUtc.addSecs(futureToleranceSecs)) {
        return QCoreApplication::translate("PainEntry", "That time is in the future.");
    }
    if (const QString tooLong = noteTooLong(entry.note); !tooLong.isEmpty()) {
        return tooLong;
    }
    int worst = 0;
    for (qsizetype i = 0; i < entry.sites.size(); ++i) {
        const PainSite& site = entry.sites.at(i);
        worst += site.worst ? 1 : 0;
        // A handful of places at most: comparing with those before is quicker than a set.
        const auto same = [&site](const PainSite& other) { return other.kind == site.kind && other.slug == site.slug; };
        if (std::any_of(entry.sites.cbegin(), entry.sites.cbegin() + i, same)) {
            return QCoreApplication::translate("PainEntry", "\"%1\" is chosen twice; choose each place once.")
                .arg(site.name);
        }
    }
    if (worst > 1) {
        return QCoreApplication::translate("PainEntry", "Mark only one place as the worst.");
    }
    return {};
}

qsizetype PainEntry::noteLength(const QString& note)
{
    // A character outside the BMP takes two UTF-16 units; count it once.
    return note.size() - std::count_if(note.cbegin(), note.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

QString PainEntry::noteTooLong(const QString& note)
{
    const qsizetype length = noteLength(note);
    if (length <= maxNoteLength) {
        return {};
    }
    return QCoreApplication::translate("PainEntry", "The note is %1 characters long; keep it to %2 or fewer.")
        .arg(length)
        .arg(maxNoteLength);
}

QString PainEntry::ratingAnchor(int rating)
{
    if (rating == 0) {
        return QCoreApplication::translate("PainEntry", "No pain");
    }
    if (rating >= 1 && rating <= 3) {
        return QCoreApplication::translate("PainEntry", "Mild");
    }
    if (rating >= 4 && rating <= 6) {
        return QCoreApplication::translate("PainEntry", "Moderate");
    }
    if (rating >= 7 && rating <= 9) {
        return QCoreApplication::translate("PainEntry", "Severe");
    }
    if (rating == 10) {
        return QCoreApplication::translate("PainEntry", "Worst imaginable");
    }
    return {};
}

QString PainEntry::momentKey(Moment moment)
{
    switch (moment) {
    case Moment::Before:
        return QStringLiteral("before");
    case Moment::After:
        return QStringLiteral("after");
    case Moment::Standalone:
        return QStringLiteral("standalone");
    }
    return {};
}

std::optional<PainEntry::Moment> PainEntry::momentFromKey(const QString& key)
{
    for (Moment moment : {Moment::Before, Moment::After, Moment::Standalone}) {
        if (momentKey(moment) == key) {
            return moment;
        }
    }
    return std::nullopt;
}

} // namespace unknot
