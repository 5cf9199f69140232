#include "editor/ItemEditor.h"

#include "editor/EditorSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace unknot {

ItemEditor::ItemEditor(Saver saver, const QString& sizeKey, QWidget* parent)
    : QDialog(parent)
    , m_saver(std::move(saver))
    , m_sizeKey(sizeKey)
    , m_problems(EditorSupport::problemLabel(QStringLiteral("problems")))
{
}

void ItemEditor::arrange(QLayout* top, QWidget* form, const QString& saveTip)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("save"));
    save->setToolTip(saveTip);
    save->setShortcut(QKeySequence::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(form, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
}

void ItemEditor::markLoaded()
{
    m_saved = body();
    m_triedSaving = false;
}

void ItemEditor::showProblems(bool now)
{
    EditorSupport::showProblems(m_problems, m_triedSaving || now ? problems() : QStringList());
}

void ItemEditor::restoreSize(QSize preferred)
{
    EditorSupport::restoreSize(this, m_sizeKey, preferred);
}

void ItemEditor::accept()
{
    m_triedSaving = true;
    const QStringList refused = problems();
    if (!refused.isEmpty()) {
        EditorSupport::showProblems(m_problems, refused);
        return; // nothing is saved while the rules refuse it
    }
    const QJsonObject item = body();
    if (const QString failed = m_saver(item); !failed.isEmpty()) {
        EditorSupport::showProblems(m_problems, {failed});
        return;
    }
    m_saved = item;
    QDialog::accept();
}

void ItemEditor::reject()
{
    if (isModified() && !EditorSupport::confirmDiscard(this)) {
        return;
    }
    QDialog::reject();
}

void ItemEditor::done(int result)
{
    EditorSupport::saveSize(this, m_sizeKey);
    QDialog::done(result);
}

} // namespace unknot
