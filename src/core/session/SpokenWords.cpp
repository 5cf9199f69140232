#include "SpokenWords.h"

#include <QStringList>

namespace unknot::spoken {

QString number(qint64 n)
{
    static const QStringList small{
        QStringLiteral("zero"),    QStringLiteral("one"),       QStringLiteral("two"),      QStringLiteral("three"),
        QStringLiteral("four"),    QStringLiteral("five"),      QStringLiteral("six"),      QStringLiteral("seven"),
        QStringLiteral("eight"),   QStringLiteral("nine"),      QStringLiteral("ten"),      QStringLiteral("eleven"),
        QStringLiteral("twelve"),  QStringLiteral("thirteen"),  QStringLiteral("fourteen"), QStringLiteral("fifteen"),
        QStringLiteral("sixteen"), QStringLiteral("seventeen"), QStringLiteral("eighteen"), QStringLiteral("nineteen")};
    static const QStringList tens{QStringLiteral("twenty"), QStringLiteral("thirty"), QStringLiteral("forty"),
                                  QStringLiteral("fifty"),  QStringLiteral("sixty"),  QStringLiteral("seventy"),
                                  QStringLiteral("eighty"), QStringLiteral("ninety")};
    if (n < 0 || n > 99) {
        return QString::number(n);
    }
    if (n < 20) {
        return small.at(n);
    }
    QString word = tens.at(n / 10 - 2);
    if (n % 10 != 0) {
        word += u'-' + small.at(n % 10);
    }
    return word;
}

QString amount(qint64 n, const QString& singular, const QString& plural)
{
    return number(n) + u' ' + (n == 1 ? singular : plural);
}

} // namespace unknot::spoken
