#pragma once

#include "ItemBase.h"

#include <QStringList>

namespace unknot {

/// How to use a technique on yourself, where that is possible.
struct SelfCare {
    QStringList steps;
    QString tools;
    QString pressure;
    QString duration;

    bool isEmpty() const { return steps.isEmpty(); }
};

/// A way to ease upper back pain: hands-on therapy, self-massage, heat or cold, habits, professional help.
struct Technique : ItemBase {
    QString category;
    QStringList what;
    QStringList howItHelps;
    SelfCare selfCare;
    QStringList cautions;
    QStringList muscles;
    QStringList exercises;

    static const QStringList& categories();
    static QString categoryName(const QString& category);
    static Technique fromJson(const QJsonObject& json, QStringList* errors);
};

} // namespace unknot
