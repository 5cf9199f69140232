#include "devtools/DemoJournal.h"

#include "shell/AppContext.h"

#include <QRandomGenerator>

namespace unknot {

int DemoJournal::fill(AppContext& context, int days)
{
    QRandomGenerator random(20261123);
    QRandomGenerator evenings(20261124);
    const QStringList routines{QStringLiteral("desk-micro-break"), QStringLiteral("upper-back-activation"),
                               QStringLiteral("evening-mobility"), QStringLiteral("stress-reset")};
    const QList<QPair<QString, QString>> places{{QStringLiteral("shoulder-blades"), QStringLiteral("Shoulder blades")},
                                                {QStringLiteral("neck"), QStringLiteral("Neck")},
                                                {QStringLiteral("upper-back"), QStringLiteral("Upper back")}};
    int written = 0;
    const QDate today = QDate::currentDate();
    for (int day = days - 1; day >= 0; --day) {
        const QDate date = today.addDays(-day);
        // Pain eases slowly over the weeks, with ordinary ups and downs.
        const double baseline = 6.0 - 3.0 * (days - day) / days;
        const int sessionsToday = random.bounded(100) < 70 ? 1 + random.bounded(2) : 0;
        for (int n = 0; n < sessionsToday; ++n) {
            const QString slug = routines.at(random.bounded(static_cast<int>(routines.size())));
            const auto routine = context.library().routine(slug);
            SessionRecord record;
            record.routineSlug = slug;
            record.routineName = routine ? routine->name : slug;
            record.startedUtc = QDateTime(date, QTime(9 + 4 * n + random.bounded(3), random.bounded(60))).toUTC();
            record.plan = {{QStringLiteral("kind"), QStringLiteral("routine")}, {QStringLiteral("id"), slug}};
            if (record.startedUtc.addSecs(360) > QDateTime::currentDateTimeUtc()) {
                break; // later today: its ratings would lie in the future and be refused
            }
            const auto id = context.sessions().begin(record);
            if (!id) {
                return written;
            }
            const int before = std::clamp(static_cast<int>(baseline + random.bounded(3) - 1), 0, 10);
            const int after = std::clamp(before - random.bounded(3), 0, 10);
            const auto& place = places.at(random.bounded(static_cast<int>(places.size())));
            for (const auto& [moment, rating, minutes] :
                 {std::tuple{PainEntry::Moment::Before, before, 0}, std::tuple{PainEntry::Moment::After, after, 6}}) {
                PainEntry entry;
                entry.moment = moment;
                entry.rating = rating;
                entry.sessionId = *id;
                entry.recordedUtc = record.startedUtc.addSecs(60 * minutes);
                entry.sites = {{PainSite::Kind::Area, place.first, place.second, true}};
                (void)context.pain().add(entry); // example data: a refused rating (logged) is simply left out
            }
            if (!context.sessions().finish(*id, SessionRecord::Status::Completed, record.startedUtc.addSecs(360))) {
                return written;
            }
            ++written;
        }
        // Some evenings a rating on its own; a generator of its own keeps the sessions as they were.
        if (evenings.bounded(100) < 30) {
            PainEntry entry;
            entry.rating = std::clamp(static_cast<int>(baseline + evenings.bounded(3)), 0, 10);
            entry.recordedUtc = QDateTime(date, QTime(19 + evenings.bounded(3), evenings.bounded(60))).toUTC();
            if (entry.recordedUtc < QDateTime::currentDateTimeUtc()) {
                (void)context.pain().add(entry);
            }
        }
    }
    return written;
}

} // namespace unknot
