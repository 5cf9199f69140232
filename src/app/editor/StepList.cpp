#include "editor/StepList.h"

#include "common/Tone.h"

#include <QCursor>
#include <QDrag>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace unknot {

namespace {

constexpr int stepRole = Qt::UserRole;
constexpr int refusedRole = Qt::UserRole + 1;
// A dragged step carries the list it came from and its row ("list:row"), so a list moves only its own steps.
const QString rowFormat = QStringLiteral("application/x-unknot-step-row");

} // namespace

StepList::StepList(std::function<QString(const QJsonObject&)> describe, QWidget* parent)
    : QListWidget(parent)
    , m_describe(std::move(describe))
{
    setObjectName(QStringLiteral("steps"));
    setAccessibleName(tr("Steps of the routine"));
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSpacing(2);
}

void StepList::setSteps(const QJsonArray& steps)
{
    clear();
    for (const auto& step : steps) {
        auto* item = new QListWidgetItem(this);
        item->setData(stepRole, step.toObject());
    }
    relabel();
    setCurrentRow(count() > 0 ? 0 : -1);
}

QJsonArray StepList::steps() const
{
    QJsonArray steps;
    for (int row = 0; row < count(); ++row) {
        steps.append(step(row));
    }
    return steps;
}

QJsonObject StepList::step(int row) const
{
    const QListWidgetItem* entry = item(row);
    return entry ? entry->data(stepRole).toJsonObject() : QJsonObject();
}

void StepList::addStep(const QJsonObject& step)
{
    const int row = currentRow() < 0 ? count() : currentRow() + 1;
    auto* entry = new QListWidgetItem;
    entry->setData(stepRole, step);
    insertItem(row, entry);
    relabel();
    setCurrentRow(row);
    scrollToItem(entry);
    Q_EMIT orderChanged();
}

void StepList::replaceCurrent(const QJsonObject& step)
{
    if (QListWidgetItem* entry = currentItem()) {
        entry->setData(stepRole, step);
        relabel();
    }
}

void StepList::moveCurrent(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= count()) {
        return;
    }
    QListWidgetItem* entry = takeItem(row);
    insertItem(target, entry);
    relabel();
    setCurrentRow(target);
    Q_EMIT orderChanged();
}

void StepList::removeCurrent()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    delete takeItem(row);
    relabel();
    setCurrentRow(std::min(row, count() - 1));
    Q_EMIT orderChanged();
}

void StepList::setRefused(int row, bool refused)
{
    if (QListWidgetItem* entry = item(row); entry && entry->data(refusedRole).toBool() != refused) {
        entry->setData(refusedRole, refused);
        relabel();
    }
}

void StepList::relabel()
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* entry = item(row);
        const bool refused = entry->data(refusedRole).toBool();
        //: A step in the routine editor's list: its number and what it is. A refused one is marked.
        const QString text = tr("%1. %2").arg(row + 1).arg(m_describe(step(row)));
        entry->setText(refused ? tr("%1\n⚠ This dose cannot be saved yet").arg(text) : text);
        entry->setForeground(refused ? QBrush(tone::warning(tone::current())) : QBrush());
    }
}

void StepList::changeEvent(QEvent* event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        relabel(); // a refused step's warning colour, light or dark
    }
}

void StepList::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::AltModifier && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        moveCurrent(event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
        removeCurrent();
        return;
    }
    QListWidget::keyPressEvent(event);
}

QStringList StepList::mimeTypes() const
{
    return {rowFormat};
}

QMimeData* StepList::mimeData(const QList<QListWidgetItem*>& items) const
{
    auto* carried = new QMimeData;
    if (!items.isEmpty()) {
        carried->setData(rowFormat, QByteArray::number(reinterpret_cast<quintptr>(this)) + ':' +
                                        QByteArray::number(row(items.first())));
    }
    return carried;
}

int StepList::draggedRow(const QMimeData* carried) const
{
    const QList<QByteArray> parts = carried->data(rowFormat).split(':');
    bool mine = false;
    bool ok = false;
    if (parts.size() == 2) {
        mine = parts.first().toULongLong() == reinterpret_cast<quintptr>(this);
    }
    const int row = parts.size() == 2 ? parts.last().toInt(&ok) : -1;
    return mine && ok && row >= 0 && row < count() ? row : -1;
}

void StepList::startDrag(Qt::DropActions /*supportedActions*/)
{
    // Qt's own drag deletes the dragged row after a move; here the drop has moved it already, so the drag only
    // carries the row and a picture of the step.
    QListWidgetItem* entry = currentItem();
    if (!entry) {
        return;
    }
    auto* drag = new QDrag(this);
    drag->setMimeData(mimeData({entry}));
    const QRect area = visualItemRect(entry);
    drag->setPixmap(viewport()->grab(area));
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - area.topLeft());
    drag->exec(Qt::MoveAction);
}

void StepList::dragEnterEvent(QDragEnterEvent* event)
{
    if (draggedRow(event->mimeData()) < 0) {
        event->ignore();
        return;
    }
    QListWidget::dragEnterEvent(event);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StepList::dragMoveEvent(QDragMoveEvent* event)
{
    if (draggedRow(event->mimeData()) < 0) {
        event->ignore();
        return;
    }
    QListWidget::dragMoveEvent(event); // the drop line and scrolling near the edges
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StepList::dropEvent(QDropEvent* event)
{
    // The list moves the step itself, as the buttons do, rather than leave Qt to copy it and then delete the
    // original: the step keeps its place in the selection and the form, and a drop cannot leave a copy behind.
    const int from = draggedRow(event->mimeData());
    if (from < 0) {
        event->ignore();
        return;
    }
    const QPoint at = event->position().toPoint();
    const QModelIndex onto = indexAt(at);
    int to = count();
    if (onto.isValid()) {
        to = onto.row() + (at.y() > visualRect(onto).center().y() ? 1 : 0);
    }
    if (to > from) {
        --to; // the step leaves its old place first
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    if (to == from) {
        return;
    }
    QListWidgetItem* entry = takeItem(from);
    insertItem(to, entry);
    relabel();
    setCurrentRow(to);
    Q_EMIT orderChanged();
}

} // namespace unknot
