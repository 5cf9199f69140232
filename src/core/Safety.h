#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace unknot {

/// A symptom that means: see a doctor before self-care, or call for help now.
struct RedFlag {
    QString id;
    QString text;           ///< the question as the safety check shows it
    bool emergency = false; ///< emergency now; otherwise see a doctor soon
    QString whatToDo;       ///< what to do when it is true, in plain words
    QStringList sources;    ///< ids in sources.json: seeds and clinical sources
};

/// Which safety check to offer when Unknot starts.
enum class CheckDue {
    None,         ///< every question of the current list has been answered
    Full,         ///< never answered: ask every question
    NewQuestions, ///< answered under an older list: ask only the questions added since, once
};

/// The red flags and the advice that goes with them.
struct Safety {
    int version = 0; ///< raised whenever the red flags change, so people are asked the new ones once
    QList<RedFlag> redFlags;
    QStringList whatToDo;
    QStringList advice; ///< worth acting on, but no reason to stop self-care (e.g. pain lasting weeks)
    QString stopRule;
    QStringList sources;

    static Safety fromJson(const QJsonObject& json, QStringList* errors);

    /// The red flags not among answeredIds, in the order shown.
    QList<RedFlag> flagsNotIn(const QSet<QString>& answeredIds) const;
    /// The check to offer, given the version the last check was answered under (none if never) and every flag
    /// id answered so far.
    CheckDue checkDue(std::optional<int> lastVersion, const QSet<QString>& answeredIds) const;
};

/// Where facts come from: a seed article, or a clinical source named in plain words.
struct Source {
    QString id;
    QString kind; ///< "seed" or "clinical"
    QString title;
};

} // namespace unknot
