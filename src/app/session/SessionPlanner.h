#pragma once

#include "PlanResult.h"
#include "ThermalPlan.h"

#include <QJsonObject>

namespace unknot {

class AppContext;

/// Turns "start this" into the options kept with a session and the plan they give, so a resumed session is rebuilt
/// exactly as it began. It remembers the count chosen within a range and the rest between steps.
class SessionPlanner {
public:
    explicit SessionPlanner(AppContext& context);

    /// Options for a routine or an exercise with the remembered choices; name gets what to call it.
    QJsonObject routineOptions(const QString& id, QString* name) const;
    QJsonObject exerciseOptions(const QString& id, QString* name) const;
    static QJsonObject thermalOptions(const ThermalPlan& plan);
    /// The plan the options describe, or why it cannot be played.
    PlanResult build(const QJsonObject& options) const;

    /// Remembers the count chosen within an exercise's range, for next time.
    void rememberCount(const QString& exerciseId, int count);
    /// Rest between the steps of a routine; -1 means "as the routine says".
    int restSeconds() const;
    void setRestSeconds(int seconds);

private:
    QJsonObject rememberedCounts(const QStringList& exerciseIds) const;

    AppContext& m_context;
};

} // namespace unknot
