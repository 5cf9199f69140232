#include "library/OwnItemBar.h"

#include "common/OwnMark.h"
#include "common/Tone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace unknot {

OwnItemBar::OwnItemBar(QWidget* parent)
    : QWidget(parent)
    , m_mark(new QLabel(OwnMark::word()))
    , m_edit(new QPushButton(tr("&Edit")))
    , m_duplicate(new QPushButton(tr("D&uplicate")))
    , m_delete(new QPushButton(tr("De&lete")))
{
    setObjectName(QStringLiteral("ownItemBar"));
    m_mark->setObjectName(QStringLiteral("yours"));
    tone::mark(m_mark, tone::Role::Own, QStringLiteral("font-weight: 600; padding: 0 6px;"));
    m_edit->setObjectName(QStringLiteral("editItem"));
    m_duplicate->setObjectName(QStringLiteral("duplicateItem"));
    m_delete->setObjectName(QStringLiteral("deleteItem"));
    m_edit->setToolTip(tr("Change this routine or exercise (Ctrl+E)"));
    m_duplicate->setToolTip(tr("Make your own copy to change (Ctrl+Shift+D)"));
    m_delete->setToolTip(tr("Delete it; Undo brings it back (Ctrl+Z)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mark);
    layout->addWidget(m_edit);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_delete);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_ref); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { Q_EMIT duplicateRequested(m_ref); });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_ref); });
}

void OwnItemBar::showFor(const ItemRef& ref, bool own)
{
    m_ref = ref;
    const bool ownable = ref.kind == ItemKind::Routine || ref.kind == ItemKind::Exercise;
    setVisible(ownable);
    m_mark->setVisible(own);
    m_edit->setVisible(own);
    m_delete->setVisible(own);
}

} // namespace unknot
