#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace unknot {

/// A symptom that means: see a doctor before self-care, or call for help now.
struct RedFlag {
    QString id;
    QString text;
    bool emergency = false;
};

/// The red flags and the advice that goes with them.
struct Safety {
    QList<RedFlag> redFlags;
    QStringList whatToDo;
    QString stopRule;
    QString source;

    static Safety fromJson(const QJsonObject& json, QStringList* errors);
};

/// A seed article the content's facts come from.
struct Source {
    QString file;
    QString title;
};

} // namespace unknot
