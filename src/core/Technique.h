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
    QStringList askFirst; ///< who should skip it or ask first; required where needsAskFirst()
    QStringList cautions; ///< how to stay safe while doing it
    QStringList muscles;
    QStringList exercises;

    static const QStringList& categories();
    /// True for categories that can harm someone, whose items must say who should skip them or ask first.
    static bool needsAskFirst(const QString& category);
    static QString categoryName(const QString& category);
    static Technique fromJson(const QJsonObject& json, QStringList* errors);
};

} // namespace unknot
