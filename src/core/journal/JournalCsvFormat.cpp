#include "JournalCsvFormat.h"

namespace unknot {

const QByteArray& JournalCsvFormat::byteOrderMark()
{
    static const QByteArray mark("\xEF\xBB\xBF");
    return mark;
}

} // namespace unknot
