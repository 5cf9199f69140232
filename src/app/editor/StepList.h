#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <functional>

namespace unknot {

/// A routine's steps in order, each kept in the content pack's form. Steps move by drag, by the buttons or by
/// Alt+Up and Alt+Down; Delete removes the chosen one.
class StepList : public QListWidget {
    Q_OBJECT

public:
    /// describe gives a step's line in the list (its name and dose).
    explicit StepList(std::function<QString(const QJsonObject&)> describe, QWidget* parent = nullptr);

    void setSteps(const QJsonArray& steps);
    QJsonArray steps() const;
    QJsonObject step(int row) const;
    /// Adds a step after the chosen one (or at the end) and chooses it.
    void addStep(const QJsonObject& step);
    /// Replaces the chosen step (after an edit in the form).
    void replaceCurrent(const QJsonObject& step);
    /// Moves the chosen step up (-1) or down (1).
    void moveCurrent(int delta);
    void removeCurrent();
    /// Marks a step whose dose the content rules refuse.
    void setRefused(int row, bool refused);
    /// Rewrites every line (numbers change when steps move).
    void relabel();

Q_SIGNALS:
    /// Steps were added, removed or reordered.
    void orderChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// The row of a step dragged from this list, or -1 for anything else.
    int draggedRow(const QMimeData* carried) const;

    std::function<QString(const QJsonObject&)> m_describe;
};

} // namespace unknot
