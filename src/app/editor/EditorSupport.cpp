#include "editor/EditorSupport.h"

#include "common/Prompts.h"
#include "common/WindowFit.h"

#include <QLabel>
#include <QRegularExpression>

namespace unknot {

QLabel* EditorSupport::problemLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void EditorSupport::showProblems(QLabel* label, const QStringList& problems)
{
    label->setVisible(!problems.isEmpty());
    if (problems.isEmpty()) {
        label->clear();
        return;
    }
    // The reasons are the content rules' own, the same the built-in library is checked with.
    QStringList shown = problems.mid(0, 4);
    if (problems.size() > shown.size()) {
        shown.append(tr("… and %n more", nullptr, static_cast<int>(problems.size() - shown.size())));
    }
    label->setText(tr("Not saved yet: %1").arg(shown.join(QStringLiteral("; "))));
}

QString EditorSupport::clockText(int seconds)
{
    if (seconds < 60) {
        //: A length under a minute: "45 s".
        return tr("%1 s").arg(seconds);
    }
    if (seconds % 60 == 0) {
        //: A length in whole minutes: "4 min".
        return tr("%1 min").arg(seconds / 60);
    }
    //: A length in minutes and seconds: "4 min 10 s".
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QJsonArray EditorSupport::paragraphs(const QString& text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    QJsonArray out;
    for (const QString& paragraph : text.split(blankLine, Qt::SkipEmptyParts)) {
        const QString joined = paragraph.simplified();
        if (!joined.isEmpty()) {
            out.append(joined);
        }
    }
    return out;
}

QString EditorSupport::fromParagraphs(const QJsonArray& paragraphs)
{
    QStringList out;
    for (const auto& paragraph : paragraphs) {
        out.append(paragraph.toString());
    }
    return out.join(QStringLiteral("\n\n"));
}

QJsonArray EditorSupport::lines(const QString& text)
{
    QJsonArray out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            out.append(line.trimmed());
        }
    }
    return out;
}

QString EditorSupport::fromLines(const QJsonArray& lines)
{
    QStringList out;
    for (const auto& line : lines) {
        out.append(line.toString());
    }
    return out.join(QLatin1Char('\n'));
}

void EditorSupport::setText(QJsonObject& body, const QString& key, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        body.remove(key);
    } else {
        body.insert(key, text.trimmed());
    }
}

QJsonObject EditorSupport::withId(QJsonObject body)
{
    if (body.value(QStringLiteral("id")).toString().isEmpty()) {
        body.insert(QStringLiteral("id"), QStringLiteral("new"));
    }
    return body;
}

QJsonObject EditorSupport::doseJson(const Dose& dose)
{
    QJsonObject json{{QStringLiteral("kind"), Dose::kindName(dose.kind)},
                     {QStringLiteral("text"), dose.text},
                     {QStringLiteral("fromSeed"), dose.fromSeed}};
    const auto range = [](int low, int high) {
        return QJsonObject{{QStringLiteral("min"), low}, {QStringLiteral("max"), high}};
    };
    switch (dose.kind) {
    case Dose::Kind::Reps:
        json.insert(QStringLiteral("reps"), range(dose.repsMin, dose.repsMax));
        json.insert(QStringLiteral("upSeconds"), dose.upSeconds);
        json.insert(QStringLiteral("holdSeconds"), dose.holdSeconds);
        json.insert(QStringLiteral("downSeconds"), dose.downSeconds);
        break;
    case Dose::Kind::Cycles:
        json.insert(QStringLiteral("reps"), range(dose.repsMin, dose.repsMax));
        json.insert(QStringLiteral("contractSeconds"), dose.contractSeconds);
        json.insert(QStringLiteral("relaxSeconds"), dose.relaxSeconds);
        break;
    case Dose::Kind::Timed:
        json.insert(QStringLiteral("seconds"), range(dose.secondsMin, dose.secondsMax));
        break;
    }
    if (!dose.sets.isEmpty()) {
        json.insert(QStringLiteral("sets"), QJsonArray::fromStringList(dose.sets));
    }
    if (!dose.notFromSeed.isEmpty()) {
        json.insert(QStringLiteral("notFromSeed"), dose.notFromSeed);
    }
    return json;
}

bool EditorSupport::confirmDiscard(QWidget* parent)
{
    return Prompts::confirm(parent, tr("Discard your changes?"),
                            tr("You have changes that are not saved. Close without saving them?"),
                            tr("&Discard changes"), tr("&Keep editing"));
}

void EditorSupport::restoreSize(QWidget* dialog, const QString& key, QSize preferred)
{
    windowfit::restore(dialog, key, preferred);
}

void EditorSupport::saveSize(const QWidget* dialog, const QString& key)
{
    windowfit::save(dialog, key);
}

} // namespace unknot
