#pragma once

#include "PainSite.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace unknot {

/// One pain rating in the person's journal: before or after a session, or on its own.
struct PainEntry {
    enum class Moment { Before, After, Standalone };

    qint64 id = 0; ///< 0 until stored
    QString uuid;  ///< stable across exports; generated when stored if empty
    QDateTime recordedUtc;
    int rating = 0; ///< 0 (no pain) to 10 (worst imaginable)
    Moment moment = Moment::Standalone;
    qint64 sessionId = 0; ///< the session rated, 0 for none (standalone, or its session was deleted)
    QString note;
    QList<PainSite> sites; ///< where it hurts, in the order chosen

    bool operator==(const PainEntry&) const = default;

    /// Why entry cannot be saved, in plain words for the person; empty when it can.
    static QString validate(const PainEntry& entry, const QDateTime& nowUtc);
    /// The length of a note in characters as a person counts them (an emoji is one), for maxNoteLength.
    static qsizetype noteLength(const QString& note);
    /// Why note is too long to save, naming its length and the limit; empty when it fits.
    static QString noteTooLong(const QString& note);
    /// The words for a rating: "No pain", "Mild", "Moderate", "Severe", "Worst imaginable"; empty outside 0-10.
    static QString ratingAnchor(int rating);

    /// Stable lower-case key of a moment, as stored: "before", "after", "standalone".
    static QString momentKey(Moment moment);
    /// The moment for a key; empty for an unknown key.
    static std::optional<Moment> momentFromKey(const QString& key);

    static constexpr int minRating = 0;
    static constexpr int maxRating = 10;
    /// The longest note, in characters: the one limit for the form, the journal and import.
    static constexpr qsizetype maxNoteLength = 500;
    /// How far ahead of the clock a time may be before it counts as the future (clocks drift, forms take time).
    static constexpr qint64 futureToleranceSecs = 60;
};

} // namespace unknot
