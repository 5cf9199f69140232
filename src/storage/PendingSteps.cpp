#include "PendingSteps.h"

#include "Log.h"

namespace unknot {

using Refusal = SessionRepository::Refusal;

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

PendingSteps::Result PendingSteps::flush(SessionRepository& sessions)
{
    Result result;
    const auto stop = [&result](Refusal why, const QString& error) {
        result.failure = why == Refusal::DiskFull ? Refusal::DiskFull : Refusal::Failed;
        result.error = error;
        return result;
    };
    while (!m_sessions.isEmpty()) {
        Session& session = m_sessions.first();
        bool lost = false;
        while (!session.steps.isEmpty() && !lost) {
            QString error;
            auto why = Refusal::None;
            if (sessions.recordStep(session.id, session.steps.first(), &error, &why)) {
                ++result.written;
                // After the commit: bench/crash.sh checks each of these against the journal after a kill -9.
                log::info(QStringLiteral("recorded step %1 of session %2")
                              .arg(session.steps.first().position + 1)
                              .arg(session.id));
            } else if (why == Refusal::AlreadyRecorded) {
                log::info(QStringLiteral("pending step already in the journal: %1").arg(error));
            } else if (why == Refusal::OtherOwner || why == Refusal::NotRunning) {
                lost = true;
                continue;
            } else {
                return stop(why, error);
            }
            session.steps.removeFirst();
        }
        if (!lost && session.endStatus) {
            QString error;
            auto why = Refusal::None;
            if (sessions.finish(session.id, *session.endStatus, session.endedUtc, &error, &why)) {
                ++result.written;
                if (*session.endStatus == SessionRecord::Status::EndedEarly
                    && sessions.discardIfNothingFinished(session.id, &error)) {
                    result.discarded.append(session.id);
                } else if (!error.isEmpty()) {
                    log::error(QStringLiteral("could not tidy session %1: %2").arg(session.id).arg(error));
                }
            } else if (why == Refusal::OtherOwner || why == Refusal::NotRunning) {
                lost = true;
            } else {
                return stop(why, error);
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
