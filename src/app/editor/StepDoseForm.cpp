#include "editor/StepDoseForm.h"

#include "editor/DoseForm.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace unknot {

namespace {

QTimeEdit* lengthBox(const QString& name)
{
    auto* box = new QTimeEdit;
    box->setObjectName(name);
    //: The format of a step's length (QTime format): minutes and seconds, "15:00".
    box->setDisplayFormat(StepDoseForm::tr("mm:ss"));
    box->setTimeRange(QTime(0, 0), QTime(0, 59, 59));
    box->setCurrentSection(QDateTimeEdit::MinuteSection);
    return box;
}

int secondsOf(const QTimeEdit* box)
{
    return QTime(0, 0).secsTo(box->time());
}

void setSeconds(QTimeEdit* box, int seconds)
{
    box->setTime(QTime(0, 0).addSecs(std::clamp(seconds, 0, 59 * 60 + 59)));
}

} // namespace

StepDoseForm::StepDoseForm(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_pages(new QStackedWidget)
    , m_override(new QCheckBox(tr("&Set a dose for this routine")))
    , m_exerciseDose(new QLabel)
    , m_dose(new DoseForm)
    , m_length(lengthBox(QStringLiteral("length")))
    , m_longest(lengthBox(QStringLiteral("longest")))
    , m_longestLabel(new QLabel(tr("&At most (min:s):")))
    , m_text(new QLineEdit)
{
    setObjectName(QStringLiteral("stepForm"));
    m_title->setObjectName(QStringLiteral("stepTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setWordWrap(true);

    auto* exercisePage = new QWidget;
    auto* exerciseLayout = new QVBoxLayout(exercisePage);
    exerciseLayout->setContentsMargins(0, 0, 0, 0);
    m_exerciseDose->setObjectName(QStringLiteral("exerciseDose"));
    m_exerciseDose->setWordWrap(true);
    m_override->setObjectName(QStringLiteral("overrideDose"));
    exerciseLayout->addWidget(m_exerciseDose);
    exerciseLayout->addWidget(m_override);
    exerciseLayout->addWidget(m_dose);
    exerciseLayout->addStretch();

    auto* phasePage = new QWidget;
    auto* phaseLayout = new QFormLayout(phasePage);
    phaseLayout->setContentsMargins(0, 0, 0, 0);
    phaseLayout->addRow(tr("&How long (min:s):"), m_length);
    m_longestLabel->setBuddy(m_longest);
    m_longest->setToolTip(tr("How far you may stretch it in the player; heat and cold stop at 20 minutes"));
    phaseLayout->addRow(m_longestLabel, m_longest);
    m_text->setObjectName(QStringLiteral("stepText"));
    m_text->setPlaceholderText(tr("What to do meanwhile (optional)"));
    phaseLayout->addRow(tr("&Words:"), m_text);

    m_pages->addWidget(exercisePage);
    m_pages->addWidget(phasePage);
    auto* none = new QLabel(tr("Choose a step in the list to set its dose. To add one, type a few letters in the "
                               "search on the left and press Enter."));
    none->setWordWrap(true);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(none);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);

    const auto edited = [this] {
        if (!m_loading) {
            Q_EMIT changed();
        }
    };
    connect(m_override, &QCheckBox::toggled, this, [this, edited] {
        showOverride();
        edited();
    });
    connect(m_dose, &DoseForm::changed, this, edited);
    connect(m_length, &QTimeEdit::timeChanged, this, edited);
    connect(m_longest, &QTimeEdit::timeChanged, this, edited);
    connect(m_text, &QLineEdit::textChanged, this, edited);
    clear();
}

void StepDoseForm::clear()
{
    m_loading = true;
    m_step = {};
    m_title->clear();
    m_pages->setCurrentIndex(2);
    m_loading = false;
}

void StepDoseForm::setStep(const QJsonObject& step, const QString& exerciseName, const QJsonObject& exerciseDose)
{
    m_loading = true;
    m_step = step;
    m_exerciseDoseJson = exerciseDose;
    if (step.contains(QStringLiteral("exercise"))) {
        m_title->setText(exerciseName);
        m_pages->setCurrentIndex(0);
        const bool own = step.contains(QStringLiteral("dose"));
        m_override->setChecked(own);
        m_dose->setDose(own ? step.value(QStringLiteral("dose")).toObject() : exerciseDose);
        m_exerciseDose->setText(
            tr("The exercise's own dose: %1").arg(exerciseDose.value(QStringLiteral("text")).toString()));
        showOverride();
    } else {
        const QString kind = step.value(QStringLiteral("kind")).toString();
        m_title->setText(kind == QLatin1String("heat")   ? tr("Heat")
                         : kind == QLatin1String("cold") ? tr("Cold")
                                                         : tr("Rest"));
        m_pages->setCurrentIndex(1);
        const int seconds = step.value(QStringLiteral("seconds")).toInt();
        setSeconds(m_length, seconds);
        setSeconds(m_longest, step.value(QStringLiteral("maxSeconds")).toInt(seconds));
        m_longest->setVisible(kind != QLatin1String("rest"));
        m_longestLabel->setVisible(kind != QLatin1String("rest"));
        m_text->setText(step.value(QStringLiteral("text")).toString());
    }
    m_loading = false;
}

QJsonObject StepDoseForm::step() const
{
    QJsonObject step = m_step;
    if (step.contains(QStringLiteral("exercise"))) {
        if (m_override->isChecked()) {
            step.insert(QStringLiteral("dose"), m_dose->dose());
        } else {
            step.remove(QStringLiteral("dose"));
        }
        return step;
    }
    if (step.isEmpty()) {
        return step;
    }
    const int seconds = secondsOf(m_length);
    step.insert(QStringLiteral("seconds"), seconds);
    if (step.value(QStringLiteral("kind")).toString() == QLatin1String("rest")) {
        step.remove(QStringLiteral("maxSeconds"));
    } else {
        step.insert(QStringLiteral("maxSeconds"), secondsOf(m_longest));
    }
    const QString text = m_text->text().trimmed();
    if (text.isEmpty()) {
        step.remove(QStringLiteral("text"));
    } else {
        step.insert(QStringLiteral("text"), text);
    }
    return step;
}

void StepDoseForm::showOverride()
{
    m_dose->setEnabled(m_override->isChecked());
    if (!m_override->isChecked() && !m_loading) {
        m_dose->setDose(m_exerciseDoseJson); // shows what will be done
    }
}

} // namespace unknot
