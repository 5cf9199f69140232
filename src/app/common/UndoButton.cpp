#include "common/UndoButton.h"

#include <QEvent>
#include <QStyleOptionButton>
#include <QUndoStack>

namespace unknot {

UndoButton::UndoButton(QUndoStack* stack, QWidget* parent)
    : QPushButton(parent)
    , m_stack(stack)
{
    setObjectName(QStringLiteral("undoButton"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // may shrink to "Undo" when the row is short
    connect(this, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, this, &QWidget::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoButton::takeText);
    setEnabled(stack->canUndo());
    takeText();
}

QSize UndoButton::sizeFor(const QString& text) const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = text;
    const QSize content(fontMetrics().horizontalAdvance(text), fontMetrics().height());
    return style()->sizeFromContents(QStyle::CT_PushButton, &option, content, this);
}

QSize UndoButton::sizeHint() const
{
    return sizeFor(m_full);
}

QSize UndoButton::minimumSizeHint() const
{
    return sizeFor(tr("Undo"));
}

void UndoButton::takeText()
{
    const QString what = m_stack ? m_stack->undoText() : QString();
    m_full = what.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(what);
    setToolTip(what.isEmpty() ? QString() : m_full);
    updateGeometry();
    fitText();
}

void UndoButton::fitText()
{
    // The style's padding around the text, measured on a long text so that no minimum button width hides in it.
    const QString wide(40, QLatin1Char('x'));
    const int padding = sizeFor(wide).width() - fontMetrics().horizontalAdvance(wide);
    const int room = std::max(0, width() - padding);
    // Whole when it fits: elidedText() measures a little wider than horizontalAdvance(), and a word that only just
    // fits its minimum width ("Rückgängig") would otherwise lose its last letters.
    setText(fontMetrics().horizontalAdvance(m_full) <= room ? m_full
                                                             : fontMetrics().elidedText(m_full, Qt::ElideRight, room));
}

void UndoButton::resizeEvent(QResizeEvent* event)
{
    QPushButton::resizeEvent(event);
    fitText();
}

void UndoButton::changeEvent(QEvent* event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
        fitText();
    }
}

} // namespace unknot
