#include "PendingSteps.h"

#include "Log.h"

namespace unknot {

void PendingSteps::addStep(qint64 sessionId, const StepRecord& step)
{
    entry(sessionId).steps.append(step);
}

void PendingSteps::addEnd(qint64 sessionId, SessionRecord::Status status, const QDateTime& endedUtc)
{
    Session& session = entry(sessionId);
    session.endStatus = status;
    session.endedUtc = endedUtc;
}

bool PendingSteps::has(qint64 sessionId) const
{
    return find(sessionId) != nullptr;
}

bool PendingSteps::hasEnd(qint64 sessionId) const
{
    const Session* session = find(sessionId);
    return session && session->endStatus.has_value();
}

int PendingSteps::stepCount(qint64 sessionId) const
{
    const Session* session = find(sessionId);
    return session ? static_cast<int>(session->steps.size()) : 0;
}

PendingSteps::Flushed PendingSteps::flush(SessionRepository& sessions)
{
    Flushed result;
    const auto stop = [&result](const Failed& failed) {
        result.stopped = failed;
        return result;
    };
    const auto gone = [](Failure kind) { return kind == Failure::OtherOwner || kind == Failure::NotRunning; };
    while (!m_sessions.isEmpty()) {
        Session& session = m_sessions.first();
        bool lost = false;
        while (!session.steps.isEmpty() && !lost) {
            const auto recorded = sessions.recordStep(session.id, session.steps.first());
            if (recorded) {
                ++result.written;
                // After the commit: bench/crash.sh checks each of these against the journal after a kill -9.
                log::info(QStringLiteral("recorded step %1 of session %2")
                              .arg(session.steps.first().position + 1)
                              .arg(session.id));
            } else if (recorded.failure() == Failure::AlreadyRecorded) {
                log::info(QStringLiteral("pending step already in the journal: %1").arg(recorded.error()));
            } else if (gone(recorded.failure())) {
                lost = true;
                continue;
            } else {
                return stop(recorded.failed());
            }
            session.steps.removeFirst();
        }
        if (!lost && session.endStatus) {
            const auto finished = sessions.finish(session.id, *session.endStatus, session.endedUtc);
            if (finished) {
                ++result.written;
                if (*session.endStatus == SessionRecord::Status::EndedEarly) {
                    // Failing to tidy leaves an ended session with nothing in it: shown, never lost (logged).
                    if (const auto discarded = sessions.discardIfNothingFinished(session.id);
                        discarded && discarded.value()) {
                        result.discarded.append(session.id);
                    }
                }
            } else if (gone(finished.failure())) {
                lost = true;
            } else {
                return stop(finished.failed());
            }
        }
        if (lost) {
            log::warn(QStringLiteral("session %1 is no longer written here; %2 pending step(s)%3 dropped")
                          .arg(session.id)
                          .arg(session.steps.size())
                          .arg(session.endStatus ? QStringLiteral(" and its end") : QString()));
            result.lost.append(session.id);
        }
        m_sessions.removeFirst();
    }
    return result;
}

int PendingSteps::dropSteps()
{
    int dropped = 0;
    for (Session& session : m_sessions) {
        dropped += static_cast<int>(session.steps.size());
        session.steps.clear();
    }
    m_sessions.removeIf([](const Session& session) { return !session.endStatus; });
    return dropped;
}

PendingSteps::Session& PendingSteps::entry(qint64 sessionId)
{
    for (Session& session : m_sessions) {
        if (session.id == sessionId) {
            return session;
        }
    }
    m_sessions.append(Session{sessionId, {}, std::nullopt, {}});
    return m_sessions.last();
}

const PendingSteps::Session* PendingSteps::find(qint64 sessionId) const
{
    for (const Session& session : m_sessions) {
        if (session.id == sessionId) {
            return &session;
        }
    }
    return nullptr;
}

} // namespace unknot
