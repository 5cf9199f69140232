#include "ReminderSchedule.h"

#include "WorkingHours.h"

#include <QDateTime>
#include <algorithm>

namespace unknot {

ReminderSchedule::ReminderSchedule(const Clock& clock, ReminderSettings settings)
    : m_clock(clock)
    , m_settings(std::move(settings))
    , m_seenMono(clock.monotonicMs())
    , m_seenWall(clock.wallMs())
{
    update();
}

void ReminderSchedule::setSettings(const ReminderSettings& settings)
{
    m_settings = settings;
    update();
}

void ReminderSchedule::setIdleSource(bool available)
{
    m_idleSource = available;
    m_away = false;
    m_lastSampleMono.reset();
    m_lastInputMono.reset();
    update();
}

void ReminderSchedule::update()
{
    advance(std::nullopt);
}

void ReminderSchedule::activity(qint64 idleMs)
{
    advance(std::max<qint64>(idleMs, 0));
}

bool ReminderSchedule::wantsIdleSample() const
{
    return m_idleSource && m_gateOpen && (!m_lastSampleMono || m_clock.monotonicMs() - *m_lastSampleMono >= minPollMs);
}

void ReminderSchedule::sessionStarted()
{
    m_inSession = true;
    update();
}

void ReminderSchedule::sessionEnded()
{
    if (m_inSession) {
        m_inSession = false;
        m_sessionEndMono = m_clock.monotonicMs();
    }
    update();
}

bool ReminderSchedule::postpone()
{
    update();
    if (!m_due || !canPostpone()) {
        return false;
    }
    ++m_postpones;
    m_due = false;
    m_postponedUntil = m_clock.monotonicMs() + qint64(m_settings.postponeSeconds) * 1000;
    update();
    return true;
}

void ReminderSchedule::skip()
{
    update();
    if (m_gateOpen) {
        restartCount(m_clock.monotonicMs());
    }
    update();
}

void ReminderSchedule::started()
{
    skip(); // the same for the count; the session that follows stops it
}

void ReminderSchedule::pauseFor(int minutes)
{
    m_pausedUntilWall = m_clock.wallMs() + qint64(std::max(minutes, 0)) * 60'000;
    update();
}

void ReminderSchedule::pauseUntilTomorrow()
{
    const qint64 wall = m_clock.wallMs();
    // Without working days there is no next period: the next local midnight then.
    const QDateTime midnight(QDateTime::fromMSecsSinceEpoch(wall, Qt::LocalTime).date().addDays(1), QTime(0, 0));
    m_pausedUntilWall = workhours::nextStart(m_settings, wall).value_or(midnight.toMSecsSinceEpoch());
    update();
}

void ReminderSchedule::resume()
{
    m_pausedUntilWall.reset();
    update();
}

void ReminderSchedule::setDoNotDisturb(bool on)
{
    m_doNotDisturb = on;
    update();
}

void ReminderSchedule::setFullScreen(bool on)
{
    m_fullScreen = on;
    update();
}

ReminderStatus ReminderSchedule::status() const
{
    if (!m_settings.enabled) {
        return ReminderStatus::Off;
    }
    if (m_inSession) {
        return ReminderStatus::InSession;
    }
    if (m_pausedUntilWall) {
        return ReminderStatus::Paused;
    }
    if (!m_gateOpen) {
        return ReminderStatus::OutsideHours;
    }
    if (m_away) {
        return ReminderStatus::OnBreak;
    }
    if (m_due) {
        return due() ? ReminderStatus::Due : ReminderStatus::Held;
    }
    return m_postponedUntil ? ReminderStatus::Postponed : ReminderStatus::Counting;
}

qint64 ReminderSchedule::activeSeconds() const
{
    if (!m_gateOpen || m_away) {
        return 0;
    }
    return std::max<qint64>(m_clock.monotonicMs() - m_countStart, 0) / 1000;
}

bool ReminderSchedule::inWorkingHours(qint64 wallMs) const
{
    return workhours::contains(m_settings, wallMs);
}

void ReminderSchedule::advance(std::optional<qint64> idleMs)
{
    const qint64 mono = m_clock.monotonicMs();
    const qint64 wall = m_clock.wallMs();
    const qint64 breakMs = qint64(m_settings.breakSeconds) * 1000;

    // A sleep: the wall clock ran on while the monotonic one stood still, or (where monotonic time runs on in
    // sleep) this call comes far later than the wake-up asked for, which no running timer does.
    const qint64 wallBeyond = (wall - m_seenWall) - (mono - m_seenMono);
    const qint64 late = m_next ? mono - *m_next : 0;
    const bool slept = std::max(wallBeyond, late) >= breakMs;
    m_seenMono = mono;
    m_seenWall = wall;

    if (m_pausedUntilWall && wall >= *m_pausedUntilWall) {
        m_pausedUntilWall.reset();
    }
    const bool open = m_settings.enabled && !m_inSession && !m_pausedUntilWall && workhours::contains(m_settings, wall);
    if (!open) {
        closeGate();
    } else if (!m_gateOpen) {
        openGate(mono);
    } else if (slept) {
        m_away = false;
        m_lastInputMono.reset();
        restartCount(mono);
    }

    if (m_gateOpen && idleMs && m_idleSource) {
        m_lastSampleMono = mono;
        const qint64 lastInput = mono - *idleMs;
        if (*idleMs >= breakMs) {
            if (!m_away) {
                m_away = true;
                restartCount(mono);
            }
        } else if (m_away) {
            // Back from a break: the count starts at the first input seen since.
            m_away = false;
            restartCount(std::max(lastInput, m_countStart));
        }
        m_lastInputMono = lastInput;
    }

    if (m_gateOpen && !m_away && !m_due) {
        const qint64 dueAt = m_postponedUntil.value_or(m_countStart + qint64(m_settings.activeSeconds) * 1000);
        if (mono >= dueAt) {
            if (m_sessionEndMono && mono - *m_sessionEndMono < afterSessionMs) {
                restartCount(mono); // right after a session: dropped
            } else {
                m_due = true;
            }
        }
    }
    plan(mono, wall);
}

void ReminderSchedule::openGate(qint64 mono)
{
    m_gateOpen = true;
    m_away = false;
    m_lastInputMono.reset();
    restartCount(mono);
}

void ReminderSchedule::closeGate()
{
    m_gateOpen = false;
    m_away = false;
    m_due = false;
    m_postpones = 0;
    m_postponedUntil.reset();
}

void ReminderSchedule::restartCount(qint64 mono)
{
    m_countStart = mono;
    m_due = false;
    m_postpones = 0;
    m_postponedUntil.reset();
}

qint64 ReminderSchedule::countCheckMs() const
{
    return std::max<qint64>(minPollMs, qint64(m_settings.breakSeconds) * 1000 / 2);
}

void ReminderSchedule::plan(qint64 mono, qint64 wall)
{
    m_next.reset();
    if (!m_settings.enabled) {
        return;
    }
    const auto consider = [&](qint64 at) { m_next = std::max(std::min(m_next.value_or(at), at), mono + 1); };
    // Local-time boundaries: working hours begin or end, a pause ends.
    std::optional<qint64> boundary = workhours::nextChange(m_settings, wall);
    if (m_pausedUntilWall) {
        boundary = std::min(boundary.value_or(*m_pausedUntilWall), *m_pausedUntilWall);
    }
    if (boundary && !m_inSession) {
        consider(mono + std::min(*boundary - wall, wallCheckMs));
    }
    if (!m_gateOpen) {
        return;
    }
    const qint64 sampled = m_lastSampleMono.value_or(mono);
    if (m_idleSource && m_away) {
        consider(sampled + awayPollMs);
    } else if (m_idleSource && m_lastInputMono) {
        // Look again when the present pause would become a break, and often enough to notice a sleep.
        const qint64 breakAt = *m_lastInputMono + qint64(m_settings.breakSeconds) * 1000;
        consider(std::clamp(breakAt, sampled + minPollMs, mono + countCheckMs()));
    } else {
        consider(m_idleSource ? sampled + minPollMs : mono + countCheckMs());
    }
    if (!m_away && !m_due) {
        consider(m_postponedUntil.value_or(m_countStart + qint64(m_settings.activeSeconds) * 1000));
    }
}

} // namespace unknot
