#pragma once

#include "Dose.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

class QLabel;
class QWidget;

namespace unknot {

/// What the routine and exercise editors share: the content pack's text forms, the refusal line, the question
/// before edits are lost, and the remembered window size.
class EditorSupport {
    Q_DECLARE_TR_FUNCTIONS(EditorSupport)

public:
    /// A hidden label for what the content rules refuse.
    static QLabel* problemLabel(const QString& objectName);
    /// Shows the rules' reasons (hides the label when there are none).
    static void showProblems(QLabel* label, const QStringList& problems);
    /// "4 min 10 s", "45 s": a length to the second, for totals that follow every edit.
    static QString clockText(int seconds);
    /// Paragraphs from text: a blank line starts a new one.
    static QJsonArray paragraphs(const QString& text);
    static QString fromParagraphs(const QJsonArray& paragraphs);
    /// One entry per line (instructions, cautions).
    static QJsonArray lines(const QString& text);
    static QString fromLines(const QJsonArray& lines);
    /// Sets key to the trimmed text, or leaves it out when empty.
    static void setText(QJsonObject& body, const QString& key, const QString& text);
    /// body as the rules see it once saved: a new item is given its id only then, so a stand-in fills the gap.
    static QJsonObject withId(QJsonObject body);
    /// A dose in the content pack's form.
    static QJsonObject doseJson(const Dose& dose);
    /// Asks before edits are thrown away; true to discard them.
    static bool confirmDiscard(QWidget* parent);
    static void restoreSize(QWidget* dialog, const QString& key, QSize preferred);
    static void saveSize(const QWidget* dialog, const QString& key);
};

} // namespace unknot
