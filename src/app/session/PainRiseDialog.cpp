#include "session/PainRiseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace unknot {

PainRiseDialog::PainRiseDialog(const QString& routineName, int before, int after, int risesInRow,
                               const QString& gentlerId, const QString& gentlerName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("painRiseDialog"));
    setWindowTitle(tr("Your pain went up"));
    auto* heading = new QLabel(tr("Your pain went up from %1 to %2").arg(before).arg(after));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    QString text = tr("<p>Please stop doing <b>%1</b> for now and give your back a rest.</p>")
                       .arg(routineName.toHtmlEscaped());
    if (!gentlerName.isEmpty()) {
        text += tr("<p>If you would like to keep moving, a gentler routine may suit you better today: <b>%1</b>.</p>")
                    .arg(gentlerName.toHtmlEscaped());
    }
    text += risesInRow >= 2
                ? tr("<p><b>This has now happened %n times in a row.</b> Please see a physiotherapist or your doctor "
                     "before you do this routine again.</p>",
                     nullptr, risesInRow)
                : tr("<p>If this keeps happening, please see a physiotherapist or your doctor.</p>");
    text += tr("<p>If you notice numbness, tingling, weakness, chest pain or shortness of breath, see a doctor "
               "straight away (Help → When to see a doctor).</p>");
    auto* body = new QLabel(text);
    body->setObjectName(QStringLiteral("riseAdvice"));
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);

    auto* buttons = new QDialogButtonBox;
    if (!gentlerId.isEmpty()) {
        auto* gentler = buttons->addButton(tr("Start %1").arg(gentlerName), QDialogButtonBox::AcceptRole);
        gentler->setObjectName(QStringLiteral("gentlerButton"));
        connect(gentler, &QPushButton::clicked, this, [this, gentlerId] { Q_EMIT gentlerRequested(gentlerId); });
    }
    auto* close = buttons->addButton(tr("I will rest"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("restButton"));
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace unknot
