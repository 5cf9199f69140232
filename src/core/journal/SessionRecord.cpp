#include "SessionRecord.h"

namespace unknot {

QSet<int> SessionRecord::completedPositions() const
{
    QSet<int> done;
    for (const StepRecord& step : steps) {
        if (!step.skipped) {
            done.insert(step.position);
        }
    }
    return done;
}

std::optional<int> SessionRecord::resumePosition(int stepCount) const
{
    const QSet<int> done = completedPositions();
    for (int position = 0; position < stepCount; ++position) {
        if (!done.contains(position)) {
            return position;
        }
    }
    return std::nullopt;
}

QString SessionRecord::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Routine:
        return QStringLiteral("routine");
    case Kind::Exercise:
        return QStringLiteral("exercise");
    case Kind::Thermal:
        return QStringLiteral("thermal");
    }
    return {};
}

std::optional<SessionRecord::Kind> SessionRecord::kindFromKey(const QString& key)
{
    for (Kind kind : {Kind::Routine, Kind::Exercise, Kind::Thermal}) {
        if (kindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString SessionRecord::statusKey(Status status)
{
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::EndedEarly:
        return QStringLiteral("ended_early");
    }
    return {};
}

std::optional<SessionRecord::Status> SessionRecord::statusFromKey(const QString& key)
{
    for (Status status : {Status::Running, Status::Completed, Status::EndedEarly}) {
        if (statusKey(status) == key) {
            return status;
        }
    }
    return std::nullopt;
}

} // namespace unknot
