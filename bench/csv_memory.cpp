// Peak memory while the journal CSV reader refuses pathological files: prints figures, asserts nothing.
// Linux only (it reads VmHWM from /proc/self/status and resets it through /proc/self/clear_refs).
#include "JournalCsv.h"

#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace unknot;

namespace {

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

void measure(const char* label, const QByteArray& bytes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool reset = resetPeak();
    const qint64 before = peakKiB();
    QElapsedTimer timer;
    timer.start();
    const JournalCsv::Parsed parsed = JournalCsv::parse(bytes, {}, now);
    const qint64 ms = timer.elapsed();
    const qint64 after = peakKiB();
    std::printf("  %-44s %6.1f MB file  peak +%7.1f MB%s  %5lld ms  %s\n", label,
                static_cast<double>(bytes.size()) / 1e6, static_cast<double>(after - before) / 1024.0,
                reset ? "" : " (peak not reset)", static_cast<long long>(ms), qPrintable(parsed.error.left(60)));
}

} // namespace

int main()
{
    constexpr qsizetype size = 20 * 1024 * 1024;
    const QByteArray header = JournalCsv::columns().join(QLatin1Char(',')).toUtf8();
    std::printf("Journal CSV reader, peak resident memory above the file itself:\n");
    measure("20 MB of commas", QByteArray(size, ','));
    measure("header, then a 20 MB row of commas", header + '\n' + QByteArray(size, ','));
    measure("header, then 20 MB of line breaks, bad UTF-8", header + QByteArray(size, '\n') + "entry,\xff");
    measure("header, then a 20 MB quoted field", header + "\nentry,\"" + QByteArray(size, 'x') + "\"");
    return 0;
}
