#include "shell/SingleInstance.h"

#include "Log.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

namespace unknot {

namespace {

const QByteArray acknowledgement = "ok\n";

/// The journal's path with links resolved; the file itself may not exist yet on a first start.
QString canonicalJournal(const QString& journalPath)
{
    const QFileInfo file(journalPath);
    if (const QString path = file.canonicalFilePath(); !path.isEmpty()) {
        return path;
    }
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? file.absoluteFilePath() : QDir(folder).filePath(file.fileName());
}

} // namespace

SingleInstance::SingleInstance(const QString& journalPath, QObject* parent)
    : QObject(parent)
    , m_lock(canonicalJournal(journalPath) + QStringLiteral(".lock"))
    , m_serverName(serverNameFor(journalPath))
{
    // Only a lock whose process is gone is stale, never an old one: a session may run for hours.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

void SingleInstance::release()
{
    if (m_server) {
        m_server->close();
    }
    m_lock.unlock();
}

QString SingleInstance::serverNameFor(const QString& journalPath)
{
    // The home folder keeps two people's sockets apart when they share a journal path such as /tmp/journal.
    const QByteArray key = (QDir::homePath() + QLatin1Char('\n') + canonicalJournal(journalPath)).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("unknot-") + QString::fromLatin1(hash);
}

bool SingleInstance::acquire()
{
    if (!m_lock.tryLock(0) && m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        // tryLock() has already taken over a lock whose process is gone. A file too damaged to name any process
        // (a crash while it was written) is removed here; removal fails while a live process holds the lock.
        if (!m_lock.getLockInfo(&pid, &host, &application)) {
            m_lock.removeStaleLockFile();
        }
        if (!m_lock.tryLock(0)) {
            log::info(QStringLiteral("journal in use by process %1 on %2: handing over").arg(pid).arg(host));
            return false;
        }
    }
    if (!m_lock.isLocked()) {
        log::warn(QStringLiteral("no lock at %1 (error %2): running without the one-instance guard")
                      .arg(lockPath())
                      .arg(static_cast<int>(m_lock.error())));
    }
    listen();
    return true;
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
            read(socket);
        }
    });
    // With the lock held, a socket still there was left by a crash.
    if (!m_server->listen(m_serverName) && m_lock.isLocked()) {
        QLocalServer::removeServer(m_serverName);
        m_server->listen(m_serverName);
    }
    if (!m_server->isListening()) {
        log::warn(QStringLiteral("cannot listen on %1: %2").arg(m_serverName, m_server->errorString()));
    }
}

void SingleInstance::read(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        return;
    }
    const QJsonArray arguments = QJsonDocument::fromJson(socket->readLine()).array();
    socket->write(acknowledgement);
    socket->flush(); // now: what the arguments start (a dialog, say) must not hold the answer back
    socket->disconnectFromServer();
    QStringList list;
    for (const QJsonValue& argument : arguments) {
        list.append(argument.toString());
    }
    log::info(QStringLiteral("another launch handed over: %1").arg(list.join(QLatin1Char(' '))));
    Q_EMIT argumentsReceived(list);
}

bool SingleInstance::handOver(const QStringList& arguments, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The running instance takes its lock a moment before it listens: try again until the deadline.
    for (;;) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(static_cast<int>(deadline.remainingTime()))) {
            break;
        }
        if (deadline.hasExpired()) {
            log::warn(QStringLiteral("the running instance cannot be reached: %1").arg(socket.errorString()));
            return false;
        }
        QThread::msleep(50);
    }
    socket.write(QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n');
    socket.flush();
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
        answer += socket.readAll();
    }
    if (answer != acknowledgement) {
        log::warn(QStringLiteral("the running instance did not answer within %1 ms").arg(timeoutMs));
        return false;
    }
    return true;
}

} // namespace unknot
