#pragma once

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QStringList>

class QSocketNotifier;

namespace unknot {

/// One Unknot per journal. The first launch holds "<journal>.lock" and listens on a local socket named after the
/// journal; a later launch on the same journal cannot take the lock, hands its command line to the first one
/// instead and quits. A lock left by a crash is taken over (QLockFile knows when its process is gone).
///
/// The socket is a plain Unix-domain socket in QDir::tempPath(), where QLocalServer would put it (so QLocalSocket
/// reaches it too), made private to the user; it is watched with a QSocketNotifier. Qt Network is not used: linking
/// it loaded nine libraries at start-up for this one socket.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    explicit SingleInstance(const QString& journalPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// Takes the lock and starts listening. False only when another running process holds the journal; true also
    /// when no lock can be made there at all (a read-only folder), since nothing could then guard it anyway.
    bool acquire();
    /// From a launch that could not acquire(): sends arguments (the command line, program first) to the running
    /// instance and waits up to timeoutMs for its answer. False when it did not answer (it may hang).
    bool handOver(const QStringList& arguments, int timeoutMs = 5000);
    /// Stops listening and lets go of the lock, so a new Unknot can take the journal (a restart).
    void release();

    QString lockPath() const { return m_lock.fileName(); }
    QString serverName() const { return m_serverName; }
    /// Short, the same for every spelling of the same file (links resolved), and different for each user.
    static QString serverNameFor(const QString& journalPath);

Q_SIGNALS:
    /// A later launch handed over its command line (program first).
    void argumentsReceived(const QStringList& arguments);

private:
    void listen();
    void stopListening();
    bool bindSocket();
    void accept();
    void read(int socket);
    void drop(int socket);
    QString socketPath() const;

    QLockFile m_lock;
    QString m_serverName;
    int m_listener = -1;                    ///< the listening socket, -1 when not listening
    QSocketNotifier* m_listening = nullptr; ///< tells when a later launch connects
    QHash<int, QSocketNotifier*> m_callers; ///< connected later launches, by socket
    QHash<int, QByteArray> m_received;      ///< what each has sent so far
};

} // namespace unknot
