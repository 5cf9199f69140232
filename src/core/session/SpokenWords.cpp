#include "SpokenWords.h"

#include <QCoreApplication>

namespace unknot::spoken {

namespace {

/// The context of the spoken words in the translation files.
class SpokenWords {
    Q_DECLARE_TR_FUNCTIONS(SpokenWords)
};

QString word(const char* text)
{
    return QCoreApplication::translate("SpokenWords", text);
}

/// text is a translated plural form with %1 for the number in words; a form may leave the number out ("eine
/// Wiederholung"), so %1 is replaced rather than arg()'d.
QString counted(QString text, qint64 n)
{
    return text.replace(QStringLiteral("%1"), number(n));
}

} // namespace

QString number(qint64 n)
{
    static const char* const small[]{
        QT_TRANSLATE_NOOP("SpokenWords", "zero"),     QT_TRANSLATE_NOOP("SpokenWords", "one"),
        QT_TRANSLATE_NOOP("SpokenWords", "two"),      QT_TRANSLATE_NOOP("SpokenWords", "three"),
        QT_TRANSLATE_NOOP("SpokenWords", "four"),     QT_TRANSLATE_NOOP("SpokenWords", "five"),
        QT_TRANSLATE_NOOP("SpokenWords", "six"),      QT_TRANSLATE_NOOP("SpokenWords", "seven"),
        QT_TRANSLATE_NOOP("SpokenWords", "eight"),    QT_TRANSLATE_NOOP("SpokenWords", "nine"),
        QT_TRANSLATE_NOOP("SpokenWords", "ten"),      QT_TRANSLATE_NOOP("SpokenWords", "eleven"),
        QT_TRANSLATE_NOOP("SpokenWords", "twelve"),   QT_TRANSLATE_NOOP("SpokenWords", "thirteen"),
        QT_TRANSLATE_NOOP("SpokenWords", "fourteen"), QT_TRANSLATE_NOOP("SpokenWords", "fifteen"),
        QT_TRANSLATE_NOOP("SpokenWords", "sixteen"),  QT_TRANSLATE_NOOP("SpokenWords", "seventeen"),
        QT_TRANSLATE_NOOP("SpokenWords", "eighteen"), QT_TRANSLATE_NOOP("SpokenWords", "nineteen")};
    static const char* const tens[]{
        QT_TRANSLATE_NOOP("SpokenWords", "twenty"), QT_TRANSLATE_NOOP("SpokenWords", "thirty"),
        QT_TRANSLATE_NOOP("SpokenWords", "forty"),  QT_TRANSLATE_NOOP("SpokenWords", "fifty"),
        QT_TRANSLATE_NOOP("SpokenWords", "sixty"),  QT_TRANSLATE_NOOP("SpokenWords", "seventy"),
        QT_TRANSLATE_NOOP("SpokenWords", "eighty"), QT_TRANSLATE_NOOP("SpokenWords", "ninety")};
    if (n < 0 || n > 99) {
        return QString::number(n);
    }
    if (n < 20) {
        return word(small[n]);
    }
    const QString ten = word(tens[n / 10 - 2]);
    if (n % 10 == 0) {
        return ten;
    }
    const QString unit = n % 10 == 1
                             ? QCoreApplication::translate("SpokenWords", "one", "the unit 1 inside a larger number, "
                                                                                 "as in twenty-one")
                             : word(small[n % 10]);
    //: A number from 21 to 99 in words: %1 is the tens (twenty), %2 the unit (one).
    return QCoreApplication::translate("SpokenWords", "%1-%2").arg(ten, unit);
}

QString reps(qint64 n)
{
    //: Spoken: %1 is the number in words.
    return counted(SpokenWords::tr("%1 rep(s)", nullptr, static_cast<int>(n)), n);
}

QString cycles(qint64 n)
{
    //: Spoken: %1 is the number in words. A cycle is one contract-and-relax.
    return counted(SpokenWords::tr("%1 cycle(s)", nullptr, static_cast<int>(n)), n);
}

QString sets(qint64 n)
{
    //: Spoken: %1 is the number in words. A set is one side or direction of an exercise.
    return counted(SpokenWords::tr("%1 set(s)", nullptr, static_cast<int>(n)), n);
}

QString seconds(qint64 n)
{
    //: Spoken: %1 is the number in words.
    return counted(SpokenWords::tr("%1 second(s)", nullptr, static_cast<int>(n)), n);
}

QString minutes(qint64 n)
{
    //: Spoken: %1 is the number in words.
    return counted(SpokenWords::tr("%1 minute(s)", nullptr, static_cast<int>(n)), n);
}

} // namespace unknot::spoken
