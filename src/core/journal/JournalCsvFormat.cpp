#include "JournalCsvFormat.h"

namespace unknot {

const QByteArray& JournalCsvFormat::byteOrderMark()
{
    static const QByteArray mark("\xEF\xBB\xBF");
    return mark;
}

bool JournalCsvFormat::isText(Column column)
{
    switch (column) {
    case Uuid:
    case SessionUuid:
    case RoutineSlug:
    case RoutineName:
    case PlanJson:
    case ExerciseSlug:
    case Title:
    case Sites:
    case Note:
        return true;
    default:
        return false;
    }
}

QString JournalCsvFormat::guarded(const QString& text)
{
    // A leading apostrophe is escaped too, so that reading can always strip exactly one.
    static const QString risky = QStringLiteral("=+-@\t\r'");
    return !text.isEmpty() && risky.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString JournalCsvFormat::unguarded(const QString& text)
{
    return text.startsWith(QLatin1Char('\'')) ? text.mid(1) : text;
}

} // namespace unknot
