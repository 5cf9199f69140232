// One Unknot per journal: the lock, the hand-over of a later launch's command line, and recovery after a crash.
#include "shell/SingleInstance.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace unknot;

namespace {

const QStringList startBreak{QStringLiteral("unknot"), QStringLiteral("--start"), QStringLiteral("desk-micro-break")};

/// A later launch on journal, run on its own thread as it would run in its own process: whether it could lock,
/// and whether the running instance took its command line.
struct SecondLaunch {
    bool locked = true;
    bool handed = false;
    std::unique_ptr<QThread> thread;

    SecondLaunch(const QString& journal, const QStringList& arguments)
        : thread(QThread::create([this, journal, arguments] {
            SingleInstance second(journal);
            locked = second.acquire();
            handed = !locked && second.handOver(arguments, 10'000);
        }))
    {
        thread->start();
    }
    ~SecondLaunch() { thread->wait(); }
};

bool answers(const QString& serverName)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    return socket.waitForConnected(2000);
}

} // namespace

TEST_CASE("a second launch on the same journal hands its --start to the first; another journal is separate",
          "[instance]")
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    SingleInstance first(journal);
    REQUIRE(first.acquire());
    CHECK(QFile::exists(journal + QStringLiteral(".lock")));
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    {
        SecondLaunch second(journal, startBreak);
        REQUIRE(QTest::qWaitFor([&received] { return received.count() == 1; }, 10'000));
        second.thread->wait();
        CHECK_FALSE(second.locked);
        CHECK(second.handed);
    }
    CHECK(received.at(0).at(0).toStringList() == startBreak);

    // The same file reached through a link to its folder is the same journal.
    const QString alias = dir.filePath(QStringLiteral("alias"));
    REQUIRE(QFile::link(dir.path(), alias));
    CHECK(SingleInstance::serverNameFor(alias + QStringLiteral("/journal.sqlite")) == first.serverName());
    {
        SecondLaunch viaLink(alias + QStringLiteral("/journal.sqlite"), {QStringLiteral("unknot")});
        REQUIRE(QTest::qWaitFor([&received] { return received.count() == 2; }, 10'000));
        viaLink.thread->wait();
        CHECK_FALSE(viaLink.locked);
        CHECK(viaLink.handed);
    }

    SingleInstance other(dir.filePath(QStringLiteral("other.sqlite")));
    CHECK(other.serverName() != first.serverName());
    CHECK(other.acquire());
    CHECK(answers(other.serverName()));
    CHECK(received.count() == 2);
}

TEST_CASE("a second launch of the app hands --start to the running instance and exits", "[instance]")
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    SingleInstance first(journal);
    REQUIRE(first.acquire());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    QProcess second;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))); // its log goes here
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    second.setProcessEnvironment(environment);
    const QStringList arguments{QStringLiteral("--database"), journal, QStringLiteral("--start"),
                                QStringLiteral("desk-micro-break")};
    second.start(QStringLiteral(UNKNOT_APP), arguments);
    REQUIRE(QTest::qWaitFor([&received] { return received.count() == 1; }, 20'000));
    REQUIRE(QTest::qWaitFor([&second] { return second.state() == QProcess::NotRunning; }, 20'000));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(received.at(0).at(0).toStringList().mid(1) == arguments);
    CHECK_FALSE(QFile::exists(journal)); // it never opened the journal
}

TEST_CASE("a running instance that does not answer is reported, not joined", "[instance]")
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    SingleInstance first(journal);
    REQUIRE(first.acquire());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    // This thread runs no event loop while the second waits: the first cannot answer, as if it hung.
    SingleInstance second(journal);
    CHECK_FALSE(second.acquire());
    CHECK_FALSE(second.handOver(startBreak, 300));
    CHECK(received.isEmpty());
}

TEST_CASE("a lock left by a process that died is taken over, and so is a damaged one", "[instance]")
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // An Unknot that takes the journal, then dies like kill -9: its lock file and socket stay behind.
        SingleInstance crashed(journal);
        if (!crashed.acquire()) {
            _exit(2);
        }
        ::kill(::getpid(), SIGKILL);
        _exit(3);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(QFile::exists(journal + QStringLiteral(".lock")));

    {
        SingleInstance next(journal);
        CHECK(next.acquire());
        CHECK(answers(next.serverName()));
    }
    CHECK_FALSE(QFile::exists(journal + QStringLiteral(".lock"))); // released on the way out

    QFile damaged(journal + QStringLiteral(".lock"));
    REQUIRE(damaged.open(QIODevice::WriteOnly)); // empty: a crash while it was being written
    damaged.close();
    SingleInstance afterDamage(journal);
    CHECK(afterDamage.acquire());
    CHECK(answers(afterDamage.serverName()));
}

TEST_CASE("a released journal can be taken by the next Unknot, which then answers in its place", "[instance]")
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    SingleInstance first(journal);
    REQUIRE(first.acquire());
    CHECK(answers(first.serverName()));
    first.release(); // as before a restart
    CHECK_FALSE(answers(first.serverName()));

    SingleInstance next(journal);
    CHECK(next.acquire());
    CHECK(answers(next.serverName()));
}
