#include "shell/SingleInstance.h"

#include "Log.h"
#include "OwnerOnly.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace unknot {

namespace {

const QByteArray acknowledgement = "ok\n";
/// A command line longer than this is not one: the caller is dropped.
constexpr qsizetype maxMessage = 64 * 1024;

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

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// The socket address of path; false when the path is too long for one.
bool addressOf(const QString& path, sockaddr_un* address)
{
    const QByteArray encoded = QFile::encodeName(path);
    *address = {};
    address->sun_family = AF_UNIX;
    if (encoded.size() >= static_cast<qsizetype>(sizeof(address->sun_path))) {
        errno = ENAMETOOLONG;
        return false;
    }
    std::memcpy(address->sun_path, encoded.constData(), static_cast<size_t>(encoded.size()));
    return true;
}

/// A socket, closed when it goes out of scope or is replaced.
struct Descriptor {
    int fd = -1;
    Descriptor() = default;
    ~Descriptor() { reset(-1); }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    void reset(int descriptor)
    {
        if (fd >= 0) {
            ::close(fd);
        }
        fd = descriptor;
    }
};

/// Waits until socket is ready for events or the deadline passes; false on a timeout or an error.
bool waitFor(int socket, short events, const QDeadlineTimer& deadline)
{
    for (;;) {
        pollfd entry{socket, events, 0};
        const qint64 left = deadline.remainingTime();
        const int ready = ::poll(&entry, 1, static_cast<int>(std::min<qint64>(left, 60'000)));
        if (ready > 0) {
            return true;
        }
        if ((ready < 0 && errno != EINTR) || (ready == 0 && deadline.hasExpired())) {
            return false;
        }
    }
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

SingleInstance::~SingleInstance()
{
    stopListening();
}

void SingleInstance::release()
{
    stopListening();
    m_lock.unlock();
}

QString SingleInstance::serverNameFor(const QString& journalPath)
{
    // The home folder keeps two people's sockets apart when they share a journal path such as /tmp/journal.
    const QByteArray key = (QDir::homePath() + QLatin1Char('\n') + canonicalJournal(journalPath)).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("unknot-") + QString::fromLatin1(hash);
}

QString SingleInstance::socketPath() const
{
    return QDir::tempPath() + QLatin1Char('/') + m_serverName;
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
    // With the lock held, a socket still there was left by a crash.
    if (!bindSocket() && errno == EADDRINUSE && m_lock.isLocked()) {
        QFile::remove(socketPath());
        bindSocket();
    }
    if (m_listener < 0) {
        log::warn(QStringLiteral("cannot listen on %1: %2").arg(m_serverName, lastError()));
        return;
    }
    m_listening = new QSocketNotifier(m_listener, QSocketNotifier::Read, this);
    connect(m_listening, &QSocketNotifier::activated, this, &SingleInstance::accept);
}

void SingleInstance::stopListening()
{
    for (const int socket : m_callers.keys()) {
        drop(socket);
    }
    if (m_listener >= 0) {
        delete m_listening;
        m_listening = nullptr;
        ::close(m_listener);
        m_listener = -1;
        QFile::remove(socketPath());
    }
}

bool SingleInstance::bindSocket()
{
    sockaddr_un address;
    if (!addressOf(socketPath(), &address)) {
        return false;
    }
    const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (listener < 0) {
        return false;
    }
    bool bound = false;
    {
        const OwnerOnly guard; // the socket file is born 0700: only this user may connect
        bound = ::bind(listener, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    }
    if (!bound || ::listen(listener, 16) != 0) {
        const int error = errno;
        ::close(listener);
        errno = error;
        return false;
    }
    m_listener = listener;
    return true;
}

void SingleInstance::accept()
{
    for (;;) {
        const int socket = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (socket < 0) {
            if (errno == EINTR) {
                continue;
            }
            return; // EAGAIN: no one else is waiting
        }
        auto* notifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_callers.insert(socket, notifier);
        connect(notifier, &QSocketNotifier::activated, this, [this, socket] { read(socket); });
        read(socket); // what came with the connection
    }
}

void SingleInstance::read(int socket)
{
    if (!m_callers.contains(socket)) {
        return;
    }
    QByteArray& received = m_received[socket];
    char chunk[4096];
    for (;;) {
        const ssize_t count = ::recv(socket, chunk, sizeof chunk, 0);
        if (count > 0) {
            received.append(chunk, count);
            if (received.size() > maxMessage) {
                drop(socket);
                return;
            }
            continue;
        }
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            break;
        }
        if (!received.contains('\n')) {
            drop(socket); // gone, or failed, before a whole line
            return;
        }
        break;
    }
    const qsizetype end = received.indexOf('\n');
    if (end < 0) {
        return; // the rest of the line is still on its way
    }
    const QJsonArray arguments = QJsonDocument::fromJson(received.left(end)).array();
    // Answered now: what the arguments start (a dialog, say) must not hold the answer back.
    ::send(socket, acknowledgement.constData(), static_cast<size_t>(acknowledgement.size()), MSG_NOSIGNAL);
    drop(socket);
    QStringList list;
    for (const QJsonValue& argument : arguments) {
        list.append(argument.toString());
    }
    log::info(QStringLiteral("another launch handed over: %1").arg(list.join(QLatin1Char(' '))));
    Q_EMIT argumentsReceived(list);
}

void SingleInstance::drop(int socket)
{
    if (QSocketNotifier* notifier = m_callers.take(socket)) {
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
    m_received.remove(socket);
    ::close(socket);
}

bool SingleInstance::handOver(const QStringList& arguments, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    sockaddr_un address;
    if (!addressOf(socketPath(), &address)) {
        log::warn(QStringLiteral("the running instance cannot be reached: %1").arg(lastError()));
        return false;
    }
    Descriptor socket;
    // The running instance takes its lock a moment before it listens: try again until the deadline.
    for (;;) {
        socket.reset(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
        if (socket.fd >= 0 && ::connect(socket.fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
            break;
        }
        if (deadline.hasExpired()) {
            log::warn(QStringLiteral("the running instance cannot be reached: %1").arg(lastError()));
            return false;
        }
        QThread::msleep(50);
    }
    QByteArray message = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
    while (!message.isEmpty()) {
        const ssize_t sent = ::send(socket.fd, message.constData(), static_cast<size_t>(message.size()), MSG_NOSIGNAL);
        if (sent > 0) {
            message.remove(0, sent);
        } else if ((sent < 0 && errno != EINTR && errno != EAGAIN) || !waitFor(socket.fd, POLLOUT, deadline)) {
            log::warn(QStringLiteral("the running instance did not take the command line: %1").arg(lastError()));
            return false;
        }
    }
    QByteArray answer;
    while (!answer.contains('\n') && waitFor(socket.fd, POLLIN, deadline)) {
        char chunk[64];
        const ssize_t count = ::recv(socket.fd, chunk, sizeof chunk, 0);
        if (count > 0) {
            answer.append(chunk, count);
        } else if (count == 0 || (errno != EINTR && errno != EAGAIN)) {
            break; // closed without answering
        }
    }
    if (answer != acknowledgement) {
        log::warn(QStringLiteral("the running instance did not answer within %1 ms").arg(timeoutMs));
        return false;
    }
    return true;
}

} // namespace unknot
