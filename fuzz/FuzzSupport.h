#pragma once

// What every harness shares: the ids an import may refer to, and checks that abort (a finding) when a batch breaks
// its promises.
#include "ContentRules.h"
#include "ImportBatch.h"
#include "MuscleNames.h"

#include <QByteArray>
#include <QSet>
#include <cstdint>
#include <cstdlib>

namespace fuzz {

inline const unknot::ContentRules::Known& library()
{
    static const unknot::ContentRules::Known known = [] {
        unknot::ContentRules::Known ids;
        for (const QString& id : unknot::MuscleNames::allIds()) {
            ids.muscles.insert(id);
        }
        ids.exercises = {QStringLiteral("glute-bridges"), QStringLiteral("shrugs")};
        ids.techniques = {QStringLiteral("stretching-strengthening")};
        return ids;
    }();
    return known;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/// A refused file holds nothing; every item has its line; every id is a slug and unique.
inline void checkBatch(const unknot::ImportBatch& batch)
{
    if (batch.refused() && (!batch.exercises.isEmpty() || !batch.routines.isEmpty() || !batch.notes.isEmpty())) {
        std::abort();
    }
    if (batch.exercises.size() != batch.exerciseLines.size() || batch.routines.size() != batch.routineLines.size()) {
        std::abort();
    }
    for (const auto* items : {&batch.exercises, &batch.routines}) {
        QSet<QString> ids;
        for (const QJsonObject& item : *items) {
            const QString id = item.value(QStringLiteral("id")).toString();
            if (!unknot::ContentRules::isSlug(id) || ids.contains(id)) {
                std::abort();
            }
            ids.insert(id);
        }
    }
}

} // namespace fuzz
