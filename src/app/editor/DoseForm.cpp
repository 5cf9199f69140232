#include "editor/DoseForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace unknot {

namespace {

// Wide enough for anything a person means; zero and nonsense stay possible so that the content rules, not the
// spin box, say what is wrong with them.
constexpr int largest = 999;

QSpinBox* numberBox(const QString& name, const QString& suffix)
{
    auto* box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(0, largest);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

QWidget* row(const QList<QWidget*>& parts)
{
    auto* widget = new QWidget;
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* part : parts) {
        layout->addWidget(part);
    }
    layout->addStretch();
    return widget;
}

QJsonObject range(int low, int high)
{
    return {{QStringLiteral("min"), low}, {QStringLiteral("max"), high}};
}

QString rangeText(const QJsonObject& range)
{
    const int low = range.value(QStringLiteral("min")).toInt();
    const int high = range.value(QStringLiteral("max")).toInt();
    //: A range of numbers in a dose: "8 to 12".
    return low == high ? QString::number(low) : DoseForm::tr("%1 to %2").arg(low).arg(high);
}

/// What a dose counts, with the format's defaults filled in, to tell whether its numbers changed.
QJsonObject numbers(const QJsonObject& dose)
{
    QJsonObject out;
    for (const QString& key : {QStringLiteral("kind"), QStringLiteral("reps"), QStringLiteral("seconds"),
                               QStringLiteral("contractSeconds"), QStringLiteral("relaxSeconds")}) {
        out.insert(key, dose.value(key));
    }
    if (dose.value(QStringLiteral("kind")).toString() == QLatin1String("reps")) {
        out.insert(QStringLiteral("upSeconds"), dose.value(QStringLiteral("upSeconds")).toInt(2));
        out.insert(QStringLiteral("downSeconds"), dose.value(QStringLiteral("downSeconds")).toInt(2));
        out.insert(QStringLiteral("holdSeconds"), dose.value(QStringLiteral("holdSeconds")).toInt(0));
    }
    out.insert(QStringLiteral("sets"), dose.value(QStringLiteral("sets")).toArray());
    return out;
}

} // namespace

DoseForm::DoseForm(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_kind(new QComboBox)
    , m_countMin(numberBox(QStringLiteral("countMin"), {}))
    , m_countMax(numberBox(QStringLiteral("countMax"), {}))
    //: After a number of seconds in a dose's boxes: "2 s".
    , m_up(numberBox(QStringLiteral("upSeconds"), tr(" s")))
    , m_hold(numberBox(QStringLiteral("holdSeconds"), tr(" s")))
    , m_down(numberBox(QStringLiteral("downSeconds"), tr(" s")))
    , m_contract(numberBox(QStringLiteral("contractSeconds"), tr(" s")))
    , m_relax(numberBox(QStringLiteral("relaxSeconds"), tr(" s")))
    , m_secondsMin(numberBox(QStringLiteral("secondsMin"), tr(" s")))
    , m_secondsMax(numberBox(QStringLiteral("secondsMax"), tr(" s")))
    , m_sets(new QLineEdit)
{
    setObjectName(QStringLiteral("doseForm"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_kind->setObjectName(QStringLiteral("doseKind"));
    m_kind->addItem(tr("Repetitions: lift, hold, lower"), QStringLiteral("reps"));
    m_kind->addItem(tr("Cycles: contract, then relax"), QStringLiteral("cycles"));
    m_kind->addItem(tr("A timed hold"), QStringLiteral("timed"));
    m_form->addRow(tr("&Counted as:"), m_kind);

    m_countRow = row({m_countMin, new QLabel(tr("to")), m_countMax});
    m_form->addRow(tr("&How many:"), m_countRow);
    m_tempoRow = row({new QLabel(tr("lift")), m_up, new QLabel(tr("lower")), m_down});
    m_form->addRow(tr("Each one:"), m_tempoRow);
    m_holdRow = row({m_hold});
    m_form->addRow(tr("Hold at the top:"), m_holdRow);
    m_cycleRow = row({new QLabel(tr("contract")), m_contract, new QLabel(tr("relax")), m_relax});
    m_form->addRow(tr("Each cycle:"), m_cycleRow);
    m_secondsRow = row({m_secondsMin, new QLabel(tr("to")), m_secondsMax});
    m_form->addRow(tr("Hold &for:"), m_secondsRow);

    m_sets->setObjectName(QStringLiteral("sets"));
    m_sets->setPlaceholderText(tr("Once, or names with commas"));
    m_sets->setToolTip(tr("The dose is done once for each name, for example: Left side, Right side"));
    auto* sides = new QPushButton(tr("Each si&de"));
    sides->setObjectName(QStringLiteral("eachSide"));
    sides->setToolTip(tr("Once on the left side, then once on the right"));
    connect(sides, &QPushButton::clicked, this, [this] { m_sets->setText(tr("Left side, Right side")); });
    auto* setsRow = new QWidget;
    auto* setsLayout = new QHBoxLayout(setsRow);
    setsLayout->setContentsMargins(0, 0, 0, 0);
    setsLayout->addWidget(m_sets, 1);
    setsLayout->addWidget(sides);
    auto* setsLabel = new QLabel(tr("&Sets:"));
    setsLabel->setBuddy(m_sets);
    m_form->addRow(setsLabel, setsRow);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        edited();
    });
    for (QSpinBox* box :
         {m_countMin, m_countMax, m_up, m_hold, m_down, m_contract, m_relax, m_secondsMin, m_secondsMax}) {
        connect(box, &QSpinBox::valueChanged, this, &DoseForm::edited);
    }
    connect(m_sets, &QLineEdit::textChanged, this, &DoseForm::edited);
    setDose({{QStringLiteral("kind"), QStringLiteral("reps")},
             {QStringLiteral("reps"), range(10, 10)},
             {QStringLiteral("holdSeconds"), 2}});
}

void DoseForm::setDose(const QJsonObject& dose)
{
    m_loading = true;
    m_loaded = dose;
    const QString kind = dose.value(QStringLiteral("kind")).toString();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    const QJsonObject count = dose.value(QStringLiteral("reps")).toObject();
    m_countMin->setValue(count.value(QStringLiteral("min")).toInt(10));
    m_countMax->setValue(count.value(QStringLiteral("max")).toInt(m_countMin->value()));
    m_up->setValue(dose.value(QStringLiteral("upSeconds")).toInt(2));
    m_hold->setValue(dose.value(QStringLiteral("holdSeconds")).toInt(0));
    m_down->setValue(dose.value(QStringLiteral("downSeconds")).toInt(2));
    m_contract->setValue(dose.value(QStringLiteral("contractSeconds")).toInt(5));
    m_relax->setValue(dose.value(QStringLiteral("relaxSeconds")).toInt(5));
    const QJsonObject seconds = dose.value(QStringLiteral("seconds")).toObject();
    m_secondsMin->setValue(seconds.value(QStringLiteral("min")).toInt(30));
    m_secondsMax->setValue(seconds.value(QStringLiteral("max")).toInt(m_secondsMin->value()));
    QStringList sets;
    for (const auto& label : dose.value(QStringLiteral("sets")).toArray()) {
        sets.append(label.toString());
    }
    m_sets->setText(sets.join(QStringLiteral(", ")));
    m_sets->setCursorPosition(0);
    showKind();
    m_loading = false;
}

QJsonObject DoseForm::dose() const
{
    QJsonObject dose;
    const QString kind = m_kind->currentData().toString();
    dose.insert(QStringLiteral("kind"), kind);
    if (kind == QLatin1String("timed")) {
        dose.insert(QStringLiteral("seconds"), range(m_secondsMin->value(), m_secondsMax->value()));
    } else {
        dose.insert(QStringLiteral("reps"), range(m_countMin->value(), m_countMax->value()));
    }
    if (kind == QLatin1String("reps")) {
        dose.insert(QStringLiteral("upSeconds"), m_up->value());
        dose.insert(QStringLiteral("holdSeconds"), m_hold->value());
        dose.insert(QStringLiteral("downSeconds"), m_down->value());
    } else if (kind == QLatin1String("cycles")) {
        dose.insert(QStringLiteral("contractSeconds"), m_contract->value());
        dose.insert(QStringLiteral("relaxSeconds"), m_relax->value());
    }
    QJsonArray sets;
    for (const QString& label : m_sets->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        sets.append(label.trimmed());
    }
    if (!sets.isEmpty()) {
        dose.insert(QStringLiteral("sets"), sets);
    }
    // Where a dose came from stays with it: a copy of a built-in exercise keeps the seeds' word.
    dose.insert(QStringLiteral("fromSeed"), m_loaded.value(QStringLiteral("fromSeed")).toBool(false));
    if (m_loaded.contains(QStringLiteral("notFromSeed"))) {
        dose.insert(QStringLiteral("notFromSeed"), m_loaded.value(QStringLiteral("notFromSeed")));
    }
    // The words as loaded, unless the numbers changed since: then new words that say what the numbers say.
    const bool same = m_loaded.contains(QStringLiteral("text")) && numbers(m_loaded) == numbers(dose);
    dose.insert(QStringLiteral("text"), same ? m_loaded.value(QStringLiteral("text")).toString() : describe(dose));
    return dose;
}

QString DoseForm::describe(const QJsonObject& dose)
{
    const QString kind = dose.value(QStringLiteral("kind")).toString();
    QString text;
    if (kind == QLatin1String("timed")) {
        text = tr("Hold for %1 seconds").arg(rangeText(dose.value(QStringLiteral("seconds")).toObject()));
    } else {
        const QString count = rangeText(dose.value(QStringLiteral("reps")).toObject());
        if (kind == QLatin1String("cycles")) {
            text = tr("%1 cycles: contract %2 s, relax %3 s")
                       .arg(count)
                       .arg(dose.value(QStringLiteral("contractSeconds")).toInt())
                       .arg(dose.value(QStringLiteral("relaxSeconds")).toInt());
        } else {
            const int hold = dose.value(QStringLiteral("holdSeconds")).toInt();
            const int up = dose.value(QStringLiteral("upSeconds")).toInt(2);
            const int down = dose.value(QStringLiteral("downSeconds")).toInt(2);
            text = hold > 0
                       ? tr("%1 repetitions: lift %2 s, hold %3 s, lower %4 s").arg(count).arg(up).arg(hold).arg(down)
                       : tr("%1 repetitions: lift %2 s, lower %3 s").arg(count).arg(up).arg(down);
        }
    }
    QStringList sets;
    for (const auto& label : dose.value(QStringLiteral("sets")).toArray()) {
        sets.append(label.toString());
    }
    //: A dose done once per set: "10 repetitions: lift 2 s, lower 2 s; once each: Left side, Right side".
    return sets.isEmpty() ? text : tr("%1; once each: %2").arg(text, sets.join(QStringLiteral(", ")));
}

void DoseForm::showKind()
{
    const QString kind = m_kind->currentData().toString();
    m_form->setRowVisible(m_countRow, kind != QLatin1String("timed"));
    m_form->setRowVisible(m_tempoRow, kind == QLatin1String("reps"));
    m_form->setRowVisible(m_holdRow, kind == QLatin1String("reps"));
    m_form->setRowVisible(m_cycleRow, kind == QLatin1String("cycles"));
    m_form->setRowVisible(m_secondsRow, kind == QLatin1String("timed"));
}

void DoseForm::edited()
{
    if (!m_loading) {
        Q_EMIT changed();
    }
}

} // namespace unknot
