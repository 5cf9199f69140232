#pragma once

#include "session/CueOutput.h"

#include <QObject>

class QSoundEffect;
class QTextToSpeech;

namespace unknot {

/// Cues through Qt Multimedia (QSoundEffect) and Qt TextToSpeech. Built into the unknot_media module, never into
/// the app: creating these starts the audio backend and a speech engine, which only a session needs.
class MediaCueOutput : public QObject, public CueOutput {
    Q_OBJECT

public:
    explicit MediaCueOutput(std::function<void(const QString&)> speechFailed);
    ~MediaCueOutput() override;

    bool hasAudioOutput() const override;
    void loadSounds(const QList<QUrl>& sources, float volume) override;
    void play(int index) override;
    void setVolume(float volume) override;
    void stopSounds() override;
    bool startSpeech(QString* why) override;
    void say(const QString& text) override;
    void stopSpeech() override;
    QLocale speechLocale() const override;
    QList<QLocale> speechLocales() const override;
    void setSpeechLocale(const QLocale& locale) override;
    QStringList voiceNames() const override;
    void setVoiceName(const QString& name) override;
    void dropSpeech() override;

private:
    std::function<void(const QString&)> m_speechFailed;
    QList<QSoundEffect*> m_sounds;
    QTextToSpeech* m_speech = nullptr;
};

/// The module's plugin object, found by QPluginLoader.
class MediaCuePlugin : public QObject, public CueOutputFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID UnknotCueOutputFactory_iid)
    Q_INTERFACES(unknot::CueOutputFactory)

public:
    std::unique_ptr<CueOutput> create(std::function<void(const QString&)> speechFailed) override;
};

} // namespace unknot
