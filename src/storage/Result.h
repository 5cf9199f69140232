#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace unknot {

/// Why a journal operation failed. Callers pick words or a way out by kind, never by reading the message.
enum class Failure {
    Refused,         ///< the input breaks a rule (a rating out of range, a session already rated); nothing was tried
    NotRunning,      ///< the session has ended (or is not in the journal), so it takes no more steps
    OtherOwner,      ///< another Unknot process writes this session
    AlreadyRecorded, ///< this step visit is in the journal already
    DiskFull,        ///< the disk is full; trying again after freeing space may work
    ReadOnly,        ///< the journal or its folder cannot be written
    Busy,            ///< another writer holds the journal for now
    Unreadable,      ///< the journal could not be read (damage, or a disk error while reading)
    Cancelled,       ///< the person stopped it (a long import or export); nothing was written
    Other,           ///< anything else the database reported
};

/// A failure with its kind and plain words for the person (already logged where it happened).
struct Failed {
    Failure kind = Failure::Other;
    QString message;
};

/// What an operation that can fail returns: a value, or a Failed. Never silently dropped ([[nodiscard]]).
template <typename T = void> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Failed failed)
        : m_failed(std::move(failed))
    {
    }

    bool ok() const { return m_value.has_value(); }
    bool has_value() const { return ok(); }
    explicit operator bool() const { return ok(); }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }
    /// The failure; only meaningful when !ok().
    Failure failure() const { return m_failed.kind; }
    /// Plain words for the person; empty when ok().
    const QString& error() const { return m_failed.message; }
    const Failed& failed() const { return m_failed; }

private:
    std::optional<T> m_value;
    Failed m_failed;
};

/// A result with no value: done, or a Failed.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Failed failed)
        : m_ok(false)
        , m_failed(std::move(failed))
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    Failure failure() const { return m_failed.kind; }
    const QString& error() const { return m_failed.message; }
    const Failed& failed() const { return m_failed; }

private:
    bool m_ok = true;
    Failed m_failed;
};

} // namespace unknot
