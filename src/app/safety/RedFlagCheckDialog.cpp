#include "safety/RedFlagCheckDialog.h"

#include "SafetyRepository.h"
#include "common/Tone.h"
#include "common/WindowFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace unknot {

RedFlagCheckDialog::RedFlagCheckDialog(const Safety& safety, SafetyRepository& answers, bool onlyNew, QWidget* parent)
    : QDialog(parent)
    , m_safety(safety)
    , m_questions(onlyNew ? safety.flagsNotIn(answers.answeredFlagIds()) : safety.redFlags)
    , m_answers(answers)
    , m_pages(new QStackedWidget)
    , m_advice(new QLabel)
{
    setObjectName(QStringLiteral("redFlagDialog"));
    setWindowTitle(tr("A quick safety check"));

    auto* intro = new QLabel(this->intro(onlyNew));
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    for (const RedFlag& flag : std::as_const(m_questions)) {
        // A check box cannot wrap its text, so the words sit in a label beside it; clicking them ticks the box.
        auto* box = new QCheckBox;
        box->setObjectName(QStringLiteral("flag-%1").arg(flag.id));
        box->setAccessibleName(flag.text);
        auto* text = new QLabel(flag.text);
        text->setWordWrap(true);
        text->setStyleSheet(QStringLiteral("font-size: 12pt; padding: 4px 0;"));
        text->installEventFilter(this);
        text->setProperty("box", QVariant::fromValue(static_cast<QObject*>(box)));
        auto* row = new QHBoxLayout;
        row->addWidget(box, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        m_boxes.append(box);
        listLayout->addLayout(row);
    }
    if (const auto last = m_answers.lastCheck()) {
        auto* lastLabel = new QLabel(tr("You last answered on %1.")
                                         .arg(QLocale().toString(last->answeredUtc.toLocalTime(), QLocale::LongFormat)));
        tone::mark(lastLabel, tone::Role::Quiet);
        listLayout->addWidget(lastLabel);
    }
    listLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* questions = new QWidget;
    auto* questionsLayout = new QVBoxLayout(questions);
    questionsLayout->addWidget(intro);
    questionsLayout->addWidget(scroll, 1);
    auto* done = new QDialogButtonBox;
    auto* submitButton = done->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    submitButton->setObjectName(QStringLiteral("submitButton"));
    submitButton->setDefault(true);
    connect(submitButton, &QPushButton::clicked, this, &RedFlagCheckDialog::submit);
    questionsLayout->addWidget(done);

    m_advice->setObjectName(QStringLiteral("advice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    m_advice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* result = new QWidget;
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->addWidget(m_advice, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resultLayout->addWidget(close);

    m_pages->addWidget(questions);
    m_pages->addWidget(result);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    windowfit::fit(this, QSize(640, 680));
}

QString RedFlagCheckDialog::intro(bool onlyNew) const
{
    if (onlyNew) {
        return tr("<h2>New questions in the safety check</h2><p>The safety check has %n new question(s) since you "
                  "last answered. Tick anything that is true for you now. Your earlier answers are kept.</p>",
                  nullptr, static_cast<int>(m_questions.size()));
    }
    return tr("<h2>A quick safety check</h2><p>Before you start, tick anything that is true for you now. Most people "
              "tick nothing. Unknot does not diagnose; this only tells you when to see a doctor first.</p>");
}

void RedFlagCheckDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        tone::restyle(this);
    }
}

bool RedFlagCheckDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        if (auto* box = qobject_cast<QCheckBox*>(watched->property("box").value<QObject*>())) {
            box->toggle();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RedFlagCheckDialog::submit()
{
    QList<RedFlagAnswer> given;
    QString urgent;
    QString doctor;
    for (int i = 0; i < m_boxes.size(); ++i) {
        const RedFlag& flag = m_questions.at(i);
        const bool yes = m_boxes.at(i)->isChecked();
        given.append({flag.id, flag.text, yes});
        if (yes) {
            // Each sign with what to do about it, so the advice is specific, not one line for all.
            (flag.emergency ? urgent : doctor) += QStringLiteral("<li><b>%1</b><br>%2</li>")
                                                      .arg(flag.text.toHtmlEscaped(), flag.whatToDo.toHtmlEscaped());
        }
    }
    const auto check = m_answers.saveCheck(QDateTime::currentDateTimeUtc(), m_safety.version, given);
    const bool saved = check.ok();
    const QString error = check.error();
    QString text;
    const QString warning = tone::warning(tone::current()).name();
    if (!urgent.isEmpty()) {
        text += QStringLiteral("<h2 style='color:%1'>%2</h2>").arg(warning, tr("Call emergency services now")) +
                tr("<p>You ticked:</p><ul>%1</ul><p>Do not exercise. Call your local emergency number straight "
                   "away.</p>")
                    .arg(urgent);
    }
    if (!doctor.isEmpty()) {
        text += tr("<h2>Please see a doctor before you exercise</h2><p>You ticked:</p><ul>%1</ul><p>These signs "
                   "need a doctor's look first. Until then, please don't start the routines in Unknot. You can "
                   "still read the library.</p>")
                    .arg(doctor);
    }
    if (text.isEmpty()) {
        text = tr("<h2>Thank you</h2><p>Nothing you ticked needs a doctor first. Go gently, and stop any routine if "
                  "your pain rises or becomes sharp.</p>");
        for (const QString& advice : std::as_const(m_safety.advice)) {
            text += QStringLiteral("<p>%1</p>").arg(advice.toHtmlEscaped());
        }
        text += tr("<p>You can run this check any time from Help → Safety check.</p>");
    }
    if (!saved) {
        text += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(warning, tr("Your answers could not be saved: %1").arg(error.toHtmlEscaped()));
    }
    m_advice->setText(text);
    m_pages->setCurrentIndex(1);
}

} // namespace unknot
