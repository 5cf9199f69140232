#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace unknot {

/// Names and synonyms other collections use for muscles, each with the library muscles it stands for. A name the
/// table lacks, or one for a muscle the library does not describe ("shoulders", "biceps"), matches nothing: the
/// importer then keeps it as text. The [import] tests check every id here against data/content/muscles.json.
class MuscleNames {
public:
    struct Entry {
        QString name;    ///< lower case, single spaces
        QStringList ids; ///< library muscle ids
    };

    /// The library muscles a name stands for; empty when none. Case, dashes, underscores and spaces do not matter.
    static QStringList match(const QString& name);
    static const QList<Entry>& table();
    /// Every id the table names.
    static QStringList allIds();
    /// The form names are compared in: lower case, "-" and "_" as spaces, single spaces.
    static QString normalized(const QString& name);
};

} // namespace unknot
