#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtPlugin>
#include <functional>
#include <memory>

namespace unknot {

/// Carries out what CuePlayer decides: plays the sound cues and speaks the voice cues. The real one (Qt Multimedia
/// and Qt TextToSpeech) is in the unknot_media module, which CuePlayer loads when the first session starts.
class CueOutput {
public:
    virtual ~CueOutput() = default;

    /// Whether the system has an audio output now; asked again later, since headphones may be plugged in.
    virtual bool hasAudioOutput() const = 0;
    /// Reads the sound files into one effect each, at volume (0 to 1), so that a cue never waits for a file.
    virtual void loadSounds(const QList<QUrl>& sources, float volume) = 0;
    /// Plays loaded sound number index; a sound that could not be read stays silent.
    virtual void play(int index) = 0;
    /// Loudness of the sounds and the voice from now on, 0 to 1.
    virtual void setVolume(float volume) = 0;
    virtual void stopSounds() = 0;
    /// Starts the speech engine; false, with the reason in why, when none is installed or it fails at once.
    virtual bool startSpeech(QString* why) = 0;
    virtual void say(const QString& text) = 0;
    virtual void stopSpeech() = 0;
    /// The language and country of the started speech engine's voice, those it has voices for, and a choice.
    virtual QLocale speechLocale() const = 0;
    virtual QList<QLocale> speechLocales() const = 0;
    virtual void setSpeechLocale(const QLocale& locale) = 0;
    /// The names of the started engine's voices for its language, and a choice among them by name.
    virtual QStringList voiceNames() const = 0;
    virtual void setVoiceName(const QString& name) = 0;
    /// Stops listening to the speech engine, after it failed; it is not used again.
    virtual void dropSpeech() = 0;
};

/// The unknot_media module's plugin object: it makes the outputs.
class CueOutputFactory {
public:
    virtual ~CueOutputFactory() = default;
    /// A new output; speechFailed is called with the reason when its speech engine fails after it started.
    virtual std::unique_ptr<CueOutput> create(std::function<void(const QString&)> speechFailed) = 0;
};

} // namespace unknot

#define UnknotCueOutputFactory_iid "org.unknot.CueOutputFactory/1"
Q_DECLARE_INTERFACE(unknot::CueOutputFactory, UnknotCueOutputFactory_iid)
