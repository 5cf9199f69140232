#pragma once

#include <QPointer>
#include <QPushButton>

class QUndoStack;

namespace unknot {

/// "Undo: what it undoes" for a stack. Its minimum width is that of "Undo" alone: longer words take the room there
/// is and are shortened to it (whole in the tooltip), so they never widen the column or squeeze what is beside it.
class UndoButton : public QPushButton {
    Q_OBJECT

public:
    explicit UndoButton(QUndoStack* stack, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// What the button says when it has room for all of it.
    QString fullText() const { return m_full; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void takeText();
    void fitText();
    QSize sizeFor(const QString& text) const;

    QPointer<QUndoStack> m_stack;
    QString m_full;
};

} // namespace unknot
