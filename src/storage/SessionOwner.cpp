#include "SessionOwner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

namespace unknot {

namespace {

/// The process's start time since boot, field 22 of /proc/<pid>/stat; empty if there is no such process.
/// Elsewhere than Linux it is always empty: no claim then looks alive, so nothing is ever stuck (but two writers
/// are stopped only by the single-instance lock and the schema).
QByteArray startTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray line = stat.readAll();
    // Field 2, the command name, may itself hold spaces and parentheses: count from its closing one.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0) {
        return {};
    }
    return line.mid(close + 2).split(' ').value(19); // fields 3, 4, ... so field 22 is the 20th
}

} // namespace

QString SessionOwner::ofProcess(qint64 pid)
{
    const QByteArray start = startTicks(pid);
    if (start.isEmpty()) {
        return {};
    }
    return QStringLiteral("%1/%2/%3")
        .arg(QString::fromLatin1(QSysInfo::bootUniqueId()))
        .arg(pid)
        .arg(QString::fromLatin1(start));
}

QString SessionOwner::thisProcess()
{
    // Kept per pid, so a forked child (in tests) does not inherit its parent's token.
    static qint64 pid = 0;
    static QString token;
    if (pid != QCoreApplication::applicationPid()) {
        pid = QCoreApplication::applicationPid();
        token = ofProcess(pid);
        if (token.isEmpty()) {
            token = QStringLiteral("unknown/%1/0").arg(pid);
        }
    }
    return token;
}

bool SessionOwner::isAlive(const QString& token)
{
    if (token == thisProcess()) {
        return true;
    }
    bool isNumber = false;
    const qint64 pid = token.section(QLatin1Char('/'), 1, 1).toLongLong(&isNumber);
    return isNumber && ofProcess(pid) == token;
}

} // namespace unknot
