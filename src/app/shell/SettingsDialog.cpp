#include "shell/SettingsDialog.h"

#include "common/Preferences.h"
#include "common/ReduceMotion.h"
#include "common/WindowFit.h"
#include "session/CuePlayer.h"
#include "shell/Autostart.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace unknot {

namespace {

QLabel* note(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setProperty("role", QStringLiteral("note"));
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(CuePlayer* cues, QWidget* parent)
    : QDialog(parent)
    , m_cues(cues)
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(sessionsPage(), tr("&Sessions"));
    m_tabs->addTab(lookPage(), tr("&Look"));
    m_tabs->addTab(desktopPage(), tr("&Desktop"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(note(tr("Changes apply at once.")));
    layout->addWidget(buttons);
    windowfit::fit(this, QSize(640, 560));
}

void SettingsDialog::addPageFirst(QWidget* page, const QString& title)
{
    m_tabs->insertTab(0, page, title);
    m_tabs->setCurrentIndex(0);
}

void SettingsDialog::showPage(const QString& name)
{
    if (QWidget* page = m_tabs->findChild<QWidget*>(name)) {
        m_tabs->setCurrentWidget(page);
    }
}

QWidget* SettingsDialog::sessionsPage()
{
    Preferences& preferences = Preferences::instance();
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("sessionsPage"));
    auto* form = new QFormLayout(page);

    auto* sound = new QCheckBox(tr("Play a soft sound at each change"));
    sound->setObjectName(QStringLiteral("sound"));
    sound->setChecked(preferences.sound());
    connect(sound, &QCheckBox::toggled, &preferences, &Preferences::setSound);
    form->addRow(tr("Sound:"), sound);

    auto* voice = new QCheckBox(tr("Say what to do next"));
    voice->setObjectName(QStringLiteral("voice"));
    voice->setChecked(preferences.voice());
    connect(voice, &QCheckBox::toggled, this, [this](bool on) {
        Preferences::instance().setVoice(on);
        fillVoices();
    });
    form->addRow(tr("Voice:"), voice);

    m_voice = new QComboBox;
    m_voice->setObjectName(QStringLiteral("voiceName"));
    m_voiceNote = note(QString());
    auto* voiceBox = new QVBoxLayout;
    voiceBox->addWidget(m_voice);
    voiceBox->addWidget(m_voiceNote);
    // Rows holding a layout need their label's buddy set by hand, or the & shows.
    auto* voiceLabel = new QLabel(tr("Spoken &by:"));
    voiceLabel->setBuddy(m_voice);
    form->addRow(voiceLabel, voiceBox);
    connect(m_voice, &QComboBox::activated, this,
            [this] { Preferences::instance().setVoiceName(m_voice->currentData().toString()); });
    fillVoices();

    auto* volume = new QSlider(Qt::Horizontal);
    volume->setObjectName(QStringLiteral("volume"));
    volume->setRange(0, 100);
    volume->setSingleStep(5);
    volume->setPageStep(10);
    volume->setValue(preferences.volume());
    auto* percent = new QLabel;
    percent->setMinimumWidth(percent->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    const auto showPercent = [percent](int value) {
        //: Loudness in the settings: "80 %".
        percent->setText(tr("%1 %").arg(value));
    };
    showPercent(volume->value());
    connect(volume, &QSlider::valueChanged, this, showPercent);
    connect(volume, &QSlider::valueChanged, &preferences, &Preferences::setVolume);
    auto* volumeRow = new QHBoxLayout;
    volumeRow->addWidget(volume, 1);
    volumeRow->addWidget(percent);
    auto* volumeLabel = new QLabel(tr("L&oudness:"));
    volumeLabel->setBuddy(volume);
    form->addRow(volumeLabel, volumeRow);

    auto* rest = new QSpinBox;
    rest->setObjectName(QStringLiteral("restSeconds"));
    rest->setRange(-1, 120);
    rest->setSingleStep(5);
    // -1 stands for each routine's own rests; the spin box shows it in words.
    rest->setSpecialValueText(tr("As each routine says"));
    rest->setSuffix(tr(" s"));
    rest->setValue(preferences.restSeconds().value_or(-1));
    connect(rest, &QSpinBox::valueChanged, this, [](int seconds) {
        Preferences::instance().setRestSeconds(seconds < 0 ? std::nullopt : std::optional<int>(seconds));
    });
    form->addRow(tr("&Rest between steps:"), rest);

    auto* selfPaced = new QCheckBox(tr("Count repetitions myself (tap for each one)"));
    selfPaced->setObjectName(QStringLiteral("selfPaced"));
    selfPaced->setChecked(preferences.selfPaced());
    connect(selfPaced, &QCheckBox::toggled, &preferences, &Preferences::setSelfPaced);
    form->addRow(tr("Pace:"), selfPaced);

    auto* rateBefore = new QCheckBox(tr("Ask how much it hurts before each session"));
    rateBefore->setObjectName(QStringLiteral("rateBefore"));
    rateBefore->setChecked(preferences.rateBefore());
    connect(rateBefore, &QCheckBox::toggled, &preferences, &Preferences::setRateBefore);
    form->addRow(tr("Journal:"), rateBefore);
    return page;
}

void SettingsDialog::fillVoices()
{
    m_voice->clear();
    m_voice->addItem(tr("The default voice"), QString());
    const bool voiceOn = Preferences::instance().voice();
    // Voices are asked for only when spoken cues are on: starting a speech engine takes time and memory.
    const QStringList names = voiceOn && m_cues ? m_cues->voiceNames() : QStringList();
    for (const QString& name : names) {
        m_voice->addItem(name, name);
    }
    const int chosen = m_voice->findData(Preferences::instance().voiceName());
    m_voice->setCurrentIndex(std::max(0, chosen));
    m_voice->setEnabled(names.size() > 1);
    m_voiceNote->setText(!voiceOn            ? tr("Turn on the voice to choose who speaks.")
                         : names.isEmpty()   ? tr("No speech engine answers here, so the cues are not spoken.")
                         : names.size() == 1 ? tr("This computer has one voice.")
                                             : QString());
    m_voiceNote->setVisible(!m_voiceNote->text().isEmpty());
}

QWidget* SettingsDialog::lookPage()
{
    Preferences& preferences = Preferences::instance();
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("lookPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Colours:")));
    auto* group = new QButtonGroup(page);
    const QList<std::pair<Preferences::Theme, QString>> themes{{Preferences::Theme::System, tr("&Follow the desktop")},
                                                               {Preferences::Theme::Light, tr("Li&ght")},
                                                               {Preferences::Theme::Dark, tr("D&ark")}};
    for (const auto& [theme, label] : themes) {
        auto* choice = new QRadioButton(label);
        choice->setObjectName(QStringLiteral("theme%1").arg(static_cast<int>(theme)));
        choice->setChecked(preferences.theme() == theme);
        group->addButton(choice, static_cast<int>(theme));
        layout->addWidget(choice);
    }
    connect(group, &QButtonGroup::idClicked, &preferences,
            [](int id) { Preferences::instance().setTheme(static_cast<Preferences::Theme>(id)); });
    layout->addSpacing(12);
    auto* still = new QCheckBox(tr("Reduce &motion: still pictures with an arrow instead of moving figures"));
    still->setObjectName(QStringLiteral("reduceMotion"));
    still->setChecked(ReduceMotion::instance().isOn());
    connect(still, &QCheckBox::toggled, &ReduceMotion::instance(), &ReduceMotion::set);
    layout->addWidget(still);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::desktopPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("desktopPage"));
    auto* layout = new QVBoxLayout(page);
    m_login = new QCheckBox(tr("Start Unknot when I log in"));
    m_login->setObjectName(QStringLiteral("startAtLogin"));
    m_login->setChecked(autostart::isOn());
    m_loginProblem = note(QString());
    m_loginProblem->setProperty("role", QStringLiteral("problem"));
    m_loginProblem->hide();
    connect(m_login, &QCheckBox::toggled, this, [this](bool on) {
        QString why;
        if (!autostart::set(on, &why)) {
            m_loginProblem->setText(tr("This could not be changed: %1").arg(why));
            m_loginProblem->show();
            const QSignalBlocker quiet(m_login);
            m_login->setChecked(autostart::isOn());
            return;
        }
        m_loginProblem->hide();
    });
    layout->addWidget(m_login);
    layout->addWidget(note(tr("Unknot then starts quietly at login, ready to remind you to take a break.")));
    layout->addWidget(m_loginProblem);
    layout->addSpacing(12);
    // The tray is optional: many desktops have none, and Unknot must work the same without it.
    auto* tray = note(QSystemTrayIcon::isSystemTrayAvailable()
                          ? tr("Unknot has an icon in the panel's tray: closing the window keeps it there while "
                               "break reminders are on.")
                          : tr("This desktop shows no tray icons, so Unknot works as a normal window: reminders "
                               "come as notifications, and closing the window quits Unknot."));
    tray->setObjectName(QStringLiteral("trayNote"));
    layout->addWidget(tray);
    layout->addStretch(1);
    return page;
}

} // namespace unknot
