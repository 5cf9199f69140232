#include "history_journal.h"

#include "BuiltinContent.h"
#include "LibraryRepository.h"
#include "Muscle.h"
#include "SessionRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

namespace unknot::bench {

void die(const QString& message)
{
    std::fprintf(stderr, "history bench: %s\n", qPrintable(message));
    std::exit(1);
}

void openJournal(Database& db, const QString& path)
{
    QFile::remove(path);
    if (const Database::Status status = db.open(path); !status.ok()) {
        die(status.message);
    }
    const BuiltinContent content = BuiltinContent::load();
    if (const auto installed = LibraryRepository(db.connection()).install(content.pack, content.fingerprint);
        !installed) {
        die(installed.error());
    }
}

Counts generate(Database& db)
{
    const QSqlDatabase c = sql::database(db.connection());
    LibraryRepository library(db.connection());
    struct Choice {
        QString slug, name;
        SessionRecord::Kind kind;
        QList<std::pair<QString, QString>> steps; // exercise slug (empty for rest/heat/cold), title
        int weight;
    };
    QList<Choice> choices;
    for (const ItemSummary& item : library.list(ItemKind::Routine)) {
        Choice choice{item.ref.id, item.name, SessionRecord::Kind::Routine, {}, 10};
        choice.weight = item.ref.id == QLatin1String("desk-micro-break")        ? 40
                        : item.ref.id == QLatin1String("upper-back-activation") ? 25
                                                                                : 8;
        const std::optional<Routine> routine = library.routine(item.ref.id);
        for (const RoutineStep& step : routine->steps) {
            const auto exercise =
                step.kind == RoutineStep::Kind::Exercise ? library.exercise(step.exercise) : std::nullopt;
            choice.steps.append({exercise ? exercise->id : QString(), exercise ? exercise->name : step.text});
        }
        choices.append(choice);
    }
    const QList<ItemSummary> exercises = library.list(ItemKind::Exercise);
    const QList<ItemSummary> muscles = library.list(ItemKind::Muscle);
    choices.append({{},
                    QStringLiteral("Heat, 15 minutes"),
                    SessionRecord::Kind::Thermal,
                    {{{}, QStringLiteral("Heat")}, {{}, QStringLiteral("Rest")}},
                    6});
    for (const ItemSummary& exercise : exercises.mid(0, 4)) {
        choices.append({{}, exercise.name, SessionRecord::Kind::Exercise, {{exercise.ref.id, exercise.name}}, 2});
    }
    std::vector<int> weights;
    for (const Choice& choice : choices) {
        weights.push_back(choice.weight);
    }
    std::mt19937 random(20240603);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> noise(0, 1.1);
    const QStringList notes{QStringLiteral("Long day at the desk"), QStringLiteral("Better after the walk"),
                            QStringLiteral("Stiff, \"knotted\" between the shoulder blades"),
                            QStringLiteral("Slept badly,\nneck sore on waking"),
                            QStringLiteral("Après le vol, épaule")};

    Transaction transaction(db.connection());
    QSqlQuery addSession(c), addStep(c), addEntry(c), addSite(c);
    addSession.prepare(QStringLiteral("INSERT INTO session (uuid, routine_slug, routine_name, kind, started_at, "
                                      "ended_at, status, self_paced, plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    addStep.prepare(QStringLiteral("INSERT INTO session_step (session_id, position, exercise_slug, title, "
                                   "planned_reps, actual_reps, planned_ms, actual_ms, skipped, ended_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    addEntry.prepare(QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment, session_id, note, "
                                    "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    addSite.prepare(QStringLiteral("INSERT INTO pain_site (entry_id, site_kind, site_slug, site_name, worst) "
                                   "VALUES (?, ?, ?, ?, ?)"));
    const auto exec = [](QSqlQuery& query, const QVariantList& values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            query.bindValue(static_cast<int>(i), values.at(i));
        }
        if (!query.exec()) {
            die(query.lastError().text());
        }
        return query.lastInsertId().toLongLong();
    };
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariant noId(QMetaType::fromType<qint64>());
    Counts counts;
    const auto rate = [&](const QDateTime& when, int rating, const QString& moment, const QVariant& sessionId) {
        const bool deleted = unit(random) < 0.01;
        const qint64 id =
            exec(addEntry, {QUuid::createUuid().toString(QUuid::WithoutBraces), SessionRepository::toStored(when),
                            std::clamp(rating, 0, 10), moment, sessionId,
                            unit(random) < 0.2 ? notes.at(random() % notes.size()) : QStringLiteral(""),
                            deleted ? QVariant(SessionRepository::toStored(when)) : noText});
        ++counts.entries;
        counts.deleted += deleted ? 1 : 0;
        const int places = 1 + static_cast<int>(random() % 3);
        QSet<QString> used;
        for (int i = 0; i < places; ++i) {
            const bool area = random() % 3 == 0;
            const QString slug = area ? Muscle::areas().at(random() % Muscle::areas().size())
                                      : muscles.at(random() % muscles.size()).ref.id;
            if (used.contains(slug)) {
                continue;
            }
            used.insert(slug);
            const QString name = area ? Muscle::areaName(slug) : slug;
            exec(addSite, {id, area ? QStringLiteral("area") : QStringLiteral("muscle"), slug, name, i == 0 ? 1 : 0});
            ++counts.sites;
        }
    };

    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate last = QDate::currentDate().addDays(-1);
    const QDate first = last.addYears(-years).addDays(1);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const double progress = static_cast<double>(first.daysTo(day)) / first.daysTo(last);
        const double base = 6.0 - 2.5 * progress + 0.8 * std::sin(day.dayOfYear() / 58.0);
        const int sessionsToday = 5 + static_cast<int>(random() % 3);
        for (int i = 0; i < sessionsToday; ++i) {
            const Choice& choice = choices.at(pick(random));
            const QDateTime start =
                QDateTime(day, QTime(7 + i * 2, static_cast<int>(random() % 90) % 60), zone).toUTC();
            const bool early = unit(random) < 0.12;
            const qsizetype stepCount = early ? std::max<qsizetype>(1, choice.steps.size() / 2) : choice.steps.size();
            QDateTime at = start;
            const QVariant sessionId =
                exec(addSession,
                     {QUuid::createUuid().toString(QUuid::WithoutBraces),
                      choice.slug.isEmpty() ? noText : QVariant(choice.slug), choice.name,
                      SessionRecord::kindKey(choice.kind), SessionRepository::toStored(start),
                      SessionRepository::toStored(start.addSecs(60 * (2 + stepCount))),
                      early ? QStringLiteral("ended_early") : QStringLiteral("completed"), random() % 4 == 0 ? 1 : 0,
                      QStringLiteral("{\"routine\":\"%1\",\"rest\":15}").arg(choice.slug)});
            ++counts.sessions;
            for (qsizetype s = 0; s < stepCount; ++s) {
                const bool skipped = unit(random) < 0.05;
                const bool timed = choice.steps.at(s).first.isEmpty();
                at = at.addSecs(40 + static_cast<int>(random() % 40));
                exec(addStep,
                     {sessionId, static_cast<int>(s),
                      choice.steps.at(s).first.isEmpty() ? noText : QVariant(choice.steps.at(s).first),
                      choice.steps.at(s).second, timed ? 0 : 10,
                      skipped || timed ? 0 : 8 + static_cast<int>(random() % 3), timed ? 60000 : 0,
                      30000 + static_cast<int>(random() % 40000), skipped ? 1 : 0, SessionRepository::toStored(at)});
                ++counts.steps;
            }
            const int before = static_cast<int>(std::lround(base + noise(random)));
            if (unit(random) < 0.9) {
                rate(start.addSecs(-30), before, QStringLiteral("before"), sessionId);
            }
            if (unit(random) < 0.85) {
                const int change = unit(random) < 0.04 ? 2 : -static_cast<int>(random() % 4);
                rate(at.addSecs(30), before + change, QStringLiteral("after"), sessionId);
            }
        }
        const int standalone = 2 + static_cast<int>(random() % 4);
        for (int i = 0; i < standalone; ++i) {
            rate(QDateTime(day, QTime(8 + i * 3, 30), zone).toUTC(),
                 static_cast<int>(std::lround(base + noise(random))), QStringLiteral("standalone"), noId);
        }
    }
    if (!transaction.commit()) {
        die(transaction.errorText());
    }
    return counts;
}

} // namespace unknot::bench
