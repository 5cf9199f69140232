#pragma once

#include "Clock.h"
#include "SessionEvent.h"
#include "SessionSnapshot.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace unknot {

class CueOutput;
class SessionDriver;

/// Sound and voice cues for a session, so it can be followed without looking at the screen.
///
/// Every decision is written to history(), whether or not an audio device or speech engine is there to carry it
/// out: "sound:phase", "sound:tick", "sound:done", "sound:ring", "say:Hold", and "drop:tick" or "drop:phase" for a
/// cue that came too late to be useful. Tests assert cues through it.
///
/// The sounds and the speech engine are carried out by a CueOutput from the unknot_media module, loaded when the
/// first session starts (attach()), never at start-up: Qt Multimedia, its audio backend and a speech engine cost
/// memory that a person who only reads the library never needs.
class CuePlayer : public QObject {
    Q_OBJECT

public:
    /// A countdown tick more than this late is dropped: a tick after the second it marks only confuses.
    static constexpr qint64 lateCueMs = 300;
    /// Entries kept in history(); older ones are forgotten.
    static constexpr int historyLimit = 500;
    /// Loudness of the cues at the full setting, 0 to 1: clear beside other audio, never startling.
    static constexpr float fullVolume = 0.75f;

    /// The clock must outlive the player. Sound, voice and loudness follow Preferences, also when changed there.
    explicit CuePlayer(const Clock& clock, QObject* parent = nullptr);
    ~CuePlayer() override;

    /// Plays the cues of every event the driver reports, with the driver's snapshot of that moment; the driver
    /// must run on the same clock. One player can serve one session after another.
    void attach(SessionDriver* driver);

    bool soundEnabled() const { return m_soundEnabled; }
    bool voiceEnabled() const { return m_voiceEnabled; }
    /// Turns sound cues on or off and remembers the choice ("cues/sound", on by default).
    void setSoundEnabled(bool on);
    /// Turns spoken cues on or off and remembers the choice ("cues/voice", off by default).
    void setVoiceEnabled(bool on);
    /// False once it is known that no speech engine works here; voice cues are then decided but not spoken.
    bool voiceAvailable() const { return !m_voiceBroken; }
    /// The speech engine's voices for its language (starting the engine if it is not running); empty when there is
    /// no engine.
    QStringList voiceNames();
    /// Whether the sound and speech output has been loaded (the unknot_media module and its objects); false until
    /// the first session starts.
    bool isLoaded() const { return m_output != nullptr; }

    /// Cues decided so far, oldest first.
    QStringList history() const { return m_history; }
    void clearHistory() { m_history.clear(); }

    /// A spoken length: "fifteen seconds" up to 99 seconds, "fifteen minutes" beyond.
    static QString durationWords(qint64 ms);
    /// The words for the start of a phase ("Hold", "Rest fifteen seconds"); empty when better left silent.
    static QString phaseWords(const SessionEvent& event, const SessionSnapshot& snapshot);

Q_SIGNALS:
    /// A cue was decided; entry is the text history() gets.
    void cued(const QString& entry);
    void soundEnabledChanged(bool on);
    void voiceEnabledChanged(bool on);

public Q_SLOTS:
    /// Plays the cues for one session event; snapshot is the session as it stands when the event is handled.
    void onEvent(const unknot::SessionEvent& event, const unknot::SessionSnapshot& snapshot);

private:
    enum Sound { Phase, Tick, Done, Ring, SoundCount };

    void onPhaseChanged(const SessionEvent& event, const SessionSnapshot& snapshot);
    QString stepAndPhaseWords(const SessionEvent& event, const SessionSnapshot& snapshot) const;
    void onFinished(const SessionEvent& event);
    void play(Sound sound);
    void say(const QString& text);
    void record(const QString& entry);
    bool ensureOutput();
    bool loadSounds();
    bool ensureSpeech();
    float volume() const;
    /// Picks a voice for the language of the cues, if the engine has one.
    void chooseVoice();
    void voiceFailed(const QString& why);

    const Clock& m_clock;
    bool m_soundEnabled = true;
    bool m_voiceEnabled = false;
    bool m_voiceBroken = false;
    bool m_noDeviceLogged = false;

    std::unique_ptr<CueOutput> m_output; ///< null until the first session, or when the media module is missing
    bool m_outputTried = false;
    bool m_soundsLoaded = false;
    bool m_speechStarted = false;

    QString m_stepWords;     ///< the new step's description, said together with its first phase
    bool m_away = false;     ///< the last phase was heat, cold or the skin check after one: the person may be away
    bool m_ringOwed = false; ///< a passed-over phase change should have rung; the next one does
    QStringList m_history;
};

} // namespace unknot
