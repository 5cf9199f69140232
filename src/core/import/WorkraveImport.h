#pragma once

#include "ContentRules.h"
#include "ImportBatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace unknot {

/// Workrave's exercises file (exercises.xml): <exercises><exercise> with a <title> and a <description> (each maybe in
/// several languages, xml:lang) and a <sequence duration="45"> of <image src duration mirrorx>. Each exercise
/// becomes an own timed exercise: the sequence's duration (Workrave shows the pictures in turn for that long), steps
/// from the description's sentences, position "any", no muscles (Workrave names none). Pictures found beside the
/// file are listed; others are left out with a note.
class WorkraveImport {
    Q_DECLARE_TR_FUNCTIONS(WorkraveImport)

public:
    /// Workrave's own default when a sequence gives no duration.
    static constexpr int defaultSeconds = 15;

    static ImportBatch read(const QString& path, const ContentRules::Known& library);
    /// imageFolder: where the pictures would be (the file's folder); empty: none is looked for, each gets a note.
    static ImportBatch parse(const QByteArray& bytes, const QString& fileName, const QString& imageFolder,
                             const ContentRules::Known& library);
};

} // namespace unknot
