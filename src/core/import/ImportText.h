#pragma once

#include "ImportBatch.h"
#include "JsonOutline.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QString>
#include <QStringList>

namespace unknot {

/// Helpers every importer shares: reading the file within the limits, ids from names, sentences, the messages for
/// a whole file refused.
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)

public:
    /// Reads a file of at most ImportLimits::maxFileBytes; false with the reason for the person otherwise.
    static bool readFile(const QString& path, QByteArray* bytes, QString* fatal);
    /// readFile for an importer: false with *refused set to the refused batch (format, the file's name, the reason).
    static bool readFor(const QString& path, const QString& format, QByteArray* bytes, ImportBatch* refused);
    /// Counts the items (JsonOutline, at most ImportLimits::maxItems) and parses a JSON file; false with the batch
    /// refused when there are too many or the bytes are not JSON.
    static bool parseJson(const QByteArray& bytes, const QStringList& keys, JsonOutline* outline,
                          QJsonDocument* document, ImportBatch* batch);
    /// An id from a name: lower case, accents dropped, any other run of characters a dash, at most maxIdChars.
    /// A name with no letter or digit in a-z, 0-9 gets "<prefix>-" and a short hash of the name, stable across imports.
    static QString slugify(const QString& name, const QString& prefix);
    /// The sentences of a paragraph, each trimmed, with white space runs made single spaces.
    static QStringList sentences(const QString& text);
    /// The 1-based line of a byte offset.
    static int lineAt(QByteArrayView bytes, qsizetype offset);
    /// "not valid JSON at line 12: …"
    static QString jsonProblem(QByteArrayView bytes, const QJsonParseError& error);
    /// "this file holds more than 5,000 items; …"
    static QString tooManyItems();
};

} // namespace unknot
