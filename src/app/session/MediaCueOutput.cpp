#include "session/MediaCueOutput.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>

namespace unknot {

MediaCueOutput::MediaCueOutput(std::function<void(const QString&)> speechFailed)
    : m_speechFailed(std::move(speechFailed))
{
}

MediaCueOutput::~MediaCueOutput()
{
    if (m_speech) {
        m_speech->disconnect(this); // nothing it reports may reach the player while it goes
    }
}

bool MediaCueOutput::hasAudioOutput() const
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

void MediaCueOutput::loadSounds(const QList<QUrl>& sources, float volume)
{
    qDeleteAll(m_sounds);
    m_sounds.clear();
    for (const QUrl& source : sources) {
        auto* effect = new QSoundEffect(this);
        effect->setVolume(volume);
        effect->setSource(source);
        m_sounds.append(effect);
    }
}

void MediaCueOutput::play(int index)
{
    if (QSoundEffect* effect = m_sounds.value(index); effect && effect->status() != QSoundEffect::Error) {
        effect->play();
    }
}

void MediaCueOutput::setVolume(float volume)
{
    for (QSoundEffect* effect : std::as_const(m_sounds)) {
        effect->setVolume(volume);
    }
    if (m_speech) {
        m_speech->setVolume(volume);
    }
}

void MediaCueOutput::stopSounds()
{
    for (QSoundEffect* effect : std::as_const(m_sounds)) {
        effect->stop();
    }
}

bool MediaCueOutput::startSpeech(QString* why)
{
    if (m_speech) {
        return true;
    }
    if (QTextToSpeech::availableEngines().isEmpty()) {
        *why = QStringLiteral("no speech engine is installed");
        return false;
    }
    m_speech = new QTextToSpeech(this);
    connect(m_speech, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString& reason) { m_speechFailed(reason); });
    if (m_speech->state() == QTextToSpeech::Error) {
        *why = m_speech->errorString();
        dropSpeech();
        return false;
    }
    return true;
}

void MediaCueOutput::say(const QString& text)
{
    if (m_speech) {
        m_speech->say(text);
    }
}

void MediaCueOutput::stopSpeech()
{
    if (m_speech) {
        m_speech->stop();
    }
}

QLocale MediaCueOutput::speechLocale() const
{
    return m_speech ? m_speech->locale() : QLocale();
}

QList<QLocale> MediaCueOutput::speechLocales() const
{
    return m_speech ? m_speech->availableLocales() : QList<QLocale>();
}

void MediaCueOutput::setSpeechLocale(const QLocale& locale)
{
    if (m_speech) {
        m_speech->setLocale(locale);
    }
}

QStringList MediaCueOutput::voiceNames() const
{
    QStringList names;
    if (m_speech) {
        for (const QVoice& voice : m_speech->availableVoices()) {
            names.append(voice.name());
        }
    }
    return names;
}

void MediaCueOutput::setVoiceName(const QString& name)
{
    if (!m_speech) {
        return;
    }
    for (const QVoice& voice : m_speech->availableVoices()) {
        if (voice.name() == name) {
            m_speech->setVoice(voice);
            return;
        }
    }
}

void MediaCueOutput::dropSpeech()
{
    if (m_speech) {
        // Not deleted: Qt 6.4's flite engine still works on its own thread after it reports an audio error, and
        // deleting it from here crashed the app (in QAudioSink's destructor, on that thread) in 3 of 7 sessions tried
        // with voice on; kept, in none of 11. It stays a child of this output, silent, and goes with it.
        m_speech->disconnect(this);
        m_speech = nullptr;
    }
}

std::unique_ptr<CueOutput> MediaCuePlugin::create(std::function<void(const QString&)> speechFailed)
{
    return std::make_unique<MediaCueOutput>(std::move(speechFailed));
}

} // namespace unknot
