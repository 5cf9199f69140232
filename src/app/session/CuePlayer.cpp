#include "session/CuePlayer.h"

#include "Log.h"
#include "SpokenWords.h"
#include "common/Language.h"
#include "common/Module.h"
#include "common/Preferences.h"
#include "session/CueOutput.h"
#include "session/SessionDriver.h"

#include <QUrl>
#include <algorithm>

namespace unknot {

namespace {

QString soundName(int sound)
{
    static const QStringList names{QStringLiteral("phase"), QStringLiteral("tick"), QStringLiteral("done"),
                                   QStringLiteral("ring")};
    return names.at(sound);
}

bool isThermal(SessionPhase phase)
{
    return phase == SessionPhase::Heat || phase == SessionPhase::Cold;
}

// True when the snapshot still shows the phase the event began; false when a later one has already taken over.
bool isCurrent(const SessionEvent& event, const SessionSnapshot& snapshot)
{
    return snapshot.stepIndex == event.stepIndex && snapshot.phase == event.phase &&
           snapshot.setIndex == event.setIndex && snapshot.repNumber == std::min(event.repNumber, snapshot.repTotal);
}

} // namespace

CuePlayer::CuePlayer(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    const Preferences& preferences = Preferences::instance();
    m_soundEnabled = preferences.sound();
    m_voiceEnabled = preferences.voice();
    connect(&Preferences::instance(), &Preferences::changed, this, [this] {
        const Preferences& now = Preferences::instance();
        setSoundEnabled(now.sound());
        setVoiceEnabled(now.voice());
        if (m_output) {
            m_output->setVolume(volume());
            if (m_speechStarted && !now.voiceName().isEmpty()) {
                m_output->setVoiceName(now.voiceName());
            }
        }
    });
}

CuePlayer::~CuePlayer() = default;

void CuePlayer::attach(SessionDriver* driver)
{
    // Sounds and the speech engine load when the first session starts, not at start-up: the audio stack is heavy,
    // and loading them here, before the session's lead-in, keeps its first cue on time.
    if (m_soundEnabled) {
        loadSounds();
    }
    if (m_voiceEnabled) {
        ensureSpeech();
    }
    // A new session: nothing carries over from one that was left without finishing.
    m_stepWords.clear();
    m_away = false;
    m_ringOwed = false;
    connect(driver, &SessionDriver::eventOccurred, this,
            [this, driver](const SessionEvent& event) { onEvent(event, driver->snapshot()); });
}

void CuePlayer::setSoundEnabled(bool on)
{
    if (on == m_soundEnabled) {
        return;
    }
    m_soundEnabled = on;
    Preferences::instance().setSound(on);
    if (on) {
        loadSounds();
    } else if (m_output) {
        m_output->stopSounds();
    }
    Q_EMIT soundEnabledChanged(on);
}

void CuePlayer::setVoiceEnabled(bool on)
{
    if (on == m_voiceEnabled) {
        return;
    }
    m_voiceEnabled = on;
    Preferences::instance().setVoice(on);
    if (on) {
        m_voiceBroken = false; // try again: a speech engine or an audio device may have appeared since
    } else if (m_speechStarted) {
        m_output->stopSpeech();
    }
    Q_EMIT voiceEnabledChanged(on);
}

QString CuePlayer::durationWords(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(ms, 0) + 500) / 1000;
    if (seconds <= 99) {
        return spoken::seconds(seconds);
    }
    return spoken::minutes((seconds + 30) / 60);
}

QString CuePlayer::phaseWords(const SessionEvent& event, const SessionSnapshot& snapshot)
{
    switch (event.phase) {
    case SessionPhase::GetReady:
        // The lead-in label says whether it starts the session or moves on to a new step.
        if (snapshot.leadInIsNext) {
            return tr("Next: %1").arg(snapshot.stepTitle);
        }
        return tr("Get ready");
    case SessionPhase::Lift:
        return spoken::number(event.repNumber); // the count is the cue; "lift" on every rep would be too much
    case SessionPhase::Hold:
        return tr("Hold");
    case SessionPhase::Timed:
        //: Spoken: %1 is how long, in words ("Hold thirty seconds").
        return tr("Hold %1").arg(durationWords(snapshot.msLeft));
    case SessionPhase::Contract:
        return tr("Contract");
    case SessionPhase::Relax:
        return tr("Relax");
    case SessionPhase::Heat:
        //: Spoken: %1 is how long, in words ("Heat pack on, fifteen minutes").
        return tr("Heat pack on, %1").arg(durationWords(snapshot.msLeft));
    case SessionPhase::Cold:
        return tr("Cold pack on, %1").arg(durationWords(snapshot.msLeft));
    case SessionPhase::Rest:
        if (snapshot.stepSkinCheck) {
            return tr("Lift the pack and check your skin, %1").arg(durationWords(snapshot.msLeft));
        }
        return tr("Rest %1").arg(durationWords(snapshot.msLeft));
    case SessionPhase::SwitchSides:
        return tr("Switch sides");
    case SessionPhase::Confirm:
        return tr("Does your skin feel normal? Press space to go on to heat.");
    case SessionPhase::Lower:         // every rep has one; the next count says enough
    case SessionPhase::WaitingForTap: // the person sets the pace
    case SessionPhase::None:
        break;
    }
    return {};
}

void CuePlayer::onEvent(const SessionEvent& event, const SessionSnapshot& snapshot)
{
    switch (event.type) {
    case SessionEvent::Type::PhaseChanged:
        onPhaseChanged(event, snapshot);
        break;
    case SessionEvent::Type::StepStarted:
        // Said together with the step's first phase, so one utterance doesn't cut off the other.
        m_stepWords.clear();
        if (snapshot.stepIndex == event.stepIndex && snapshot.stepKind != PlanStep::Kind::Rest) {
            m_stepWords = snapshot.stepDescription;
        }
        break;
    case SessionEvent::Type::Countdown:
        if (!m_soundEnabled) {
            break;
        }
        if (m_clock.monotonicMs() - event.atMs > lateCueMs) {
            record(QStringLiteral("drop:tick"));
        } else {
            play(Tick);
        }
        break;
    case SessionEvent::Type::SessionFinished:
        onFinished(event);
        break;
    case SessionEvent::Type::StepFinished:
        break;
    case SessionEvent::Type::SleepDetected:
        log::info(QStringLiteral("Cues: the machine slept for %1 s; the session is paused.").arg(event.sleptMs / 1000));
        break;
    }
}

void CuePlayer::onPhaseChanged(const SessionEvent& event, const SessionSnapshot& snapshot)
{
    // Heat and cold run for many minutes and the person may have walked off: their start and end ring.
    const bool thermal = isThermal(event.phase);
    const bool ring = thermal || m_away || m_ringOwed;
    m_away = thermal || (event.phase == SessionPhase::Rest && m_away);

    QString words;
    if (m_voiceEnabled) {
        words = stepAndPhaseWords(event, snapshot);
    }
    m_stepWords.clear();

    if (!isCurrent(event, snapshot)) {
        // A late tick crossed several boundaries at once: only the phase on screen now gets cues.
        m_ringOwed = ring;
        if (m_soundEnabled) {
            record(QStringLiteral("drop:phase"));
        }
        return;
    }
    m_ringOwed = false;
    if (m_soundEnabled) {
        play(ring ? Ring : Phase);
    }
    if (!words.isEmpty()) {
        say(words);
    }
}

QString CuePlayer::stepAndPhaseWords(const SessionEvent& event, const SessionSnapshot& snapshot) const
{
    QString words = phaseWords(event, snapshot);
    if (m_stepWords.isEmpty()) {
        return words;
    }
    switch (event.phase) {
    case SessionPhase::GetReady:
        if (snapshot.leadInIsNext) {
            return tr("Next: %1").arg(m_stepWords); // "Next: Supermans, ten reps"
        }
        break;
    case SessionPhase::Heat:
    case SessionPhase::Cold:
        return words; // already says what and how long
    case SessionPhase::Timed:
        //: Spoken: a step's name, then what to do ("Wall angels. Hold thirty seconds").
        return tr("%1. %2").arg(snapshot.stepTitle, words); // the length is in the hold words
    default:
        break;
    }
    if (words.isEmpty()) {
        return m_stepWords;
    }
    return tr("%1. %2").arg(m_stepWords, words.at(0).toUpper() + words.mid(1));
}

void CuePlayer::onFinished(const SessionEvent& event)
{
    const bool ring = m_away || m_ringOwed;
    m_away = false;
    m_ringOwed = false;
    m_stepWords.clear();
    if (!event.completed) {
        return; // ended by hand: the person is at the screen and needs no fanfare
    }
    if (m_soundEnabled) {
        if (ring) {
            play(Ring);
        }
        play(Done);
    }
    if (m_voiceEnabled) {
        say(tr("All done. Well done."));
    }
}

void CuePlayer::play(Sound sound)
{
    record(QStringLiteral("sound:") + soundName(sound));
    if (loadSounds()) {
        m_output->play(sound);
    }
}

void CuePlayer::say(const QString& text)
{
    record(QStringLiteral("say:") + text);
    if (ensureSpeech()) {
        m_output->say(text);
    }
}

void CuePlayer::record(const QString& entry)
{
    m_history.append(entry);
    if (m_history.size() > historyLimit) {
        m_history.removeFirst();
    }
    Q_EMIT cued(entry);
}

bool CuePlayer::ensureOutput()
{
    if (!m_outputTried) {
        m_outputTried = true;
        if (auto* factory = module::load<CueOutputFactory>(QStringLiteral("unknot_media"))) {
            m_output = factory->create([this](const QString& why) { voiceFailed(why); });
        }
    }
    return m_output != nullptr;
}

bool CuePlayer::loadSounds()
{
    if (m_soundsLoaded) {
        return true;
    }
    if (!ensureOutput()) {
        return false; // the module is missing: logged once, cues are decided but not heard
    }
    if (!m_output->hasAudioOutput()) {
        // Asked again at the next cue: headphones may be plugged in later.
        if (!m_noDeviceLogged) {
            m_noDeviceLogged = true;
            log::info(QStringLiteral("No audio output device: sound cues are skipped until one appears."));
        }
        return false;
    }
    // Loaded up front: a cue that waits for its file to be read arrives late.
    QList<QUrl> sources;
    for (int i = 0; i < SoundCount; ++i) {
        sources.append(QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(soundName(i))));
    }
    m_output->loadSounds(sources, volume());
    m_soundsLoaded = true;
    return true;
}

bool CuePlayer::ensureSpeech()
{
    if (m_voiceBroken) {
        return false;
    }
    if (m_speechStarted) {
        return true;
    }
    // Started only when a session with voice on needs it: loading an engine takes time and memory many people
    // never use.
    if (!ensureOutput()) {
        voiceFailed(QStringLiteral("the sound and speech module is missing"));
        return false;
    }
    QString why;
    if (!m_output->startSpeech(&why)) {
        voiceFailed(why);
        return false;
    }
    m_speechStarted = true;
    m_output->setVolume(volume());
    chooseVoice();
    if (const QString chosen = Preferences::instance().voiceName(); !chosen.isEmpty()) {
        m_output->setVoiceName(chosen); // the person's choice beats the one made for the window's language
    }
    return true;
}

float CuePlayer::volume() const
{
    return fullVolume * static_cast<float>(Preferences::instance().volume()) / 100.0f;
}

QStringList CuePlayer::voiceNames()
{
    return ensureSpeech() ? m_output->voiceNames() : QStringList();
}

void CuePlayer::chooseVoice()
{
    // The cues are in the language of the window; speak them with a voice for it where the engine has one.
    const QLocale::Language language = QLocale(Language::current()).language();
    if (m_output->speechLocale().language() == language) {
        return;
    }
    const QList<QLocale> locales = m_output->speechLocales();
    const auto voice = std::find_if(locales.cbegin(), locales.cend(),
                                    [language](const QLocale& locale) { return locale.language() == language; });
    if (voice == locales.cend()) {
        const QLocale::Language spoken = m_output->speechLocale().language();
        log::warn(QStringLiteral("The speech engine has no voice for %1; cues are spoken in its %2 voice.")
                      .arg(QLocale::languageToString(language), QLocale::languageToString(spoken)));
        return;
    }
    m_output->setSpeechLocale(*voice);
}

void CuePlayer::voiceFailed(const QString& why)
{
    if (m_voiceBroken) {
        return;
    }
    m_voiceBroken = true;
    log::warn(QStringLiteral("Voice cues can't be spoken here (%1); they are skipped.")
                  .arg(why.isEmpty() ? QStringLiteral("the speech engine failed") : why));
    if (m_speechStarted) {
        m_speechStarted = false;
        m_output->dropSpeech();
    }
}

} // namespace unknot
