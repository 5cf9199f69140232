#include "editor/ItemEditor.h"

#include "editor/EditorSupport.h"

#include <QLabel>

namespace unknot {

ItemEditor::ItemEditor(Saver saver, const QString& sizeKey, QWidget* parent)
    : QDialog(parent)
    , m_saver(std::move(saver))
    , m_sizeKey(sizeKey)
    , m_problems(EditorSupport::problemLabel(QStringLiteral("problems")))
{
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
