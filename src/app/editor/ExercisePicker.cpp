#include "editor/ExercisePicker.h"

#include "LibraryRepository.h"
#include "common/OwnMark.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace unknot {

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

ExercisePicker::ExercisePicker(const LibraryRepository& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_search(new QLineEdit)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("exercisePicker"));
    m_search->setObjectName(QStringLiteral("exerciseSearch"));
    m_search->setPlaceholderText(tr("Search exercises…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setAccessibleName(tr("Exercises to add"));
    m_list->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, this, &ExercisePicker::fill);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT picked(item->data(idRole).toString()); });
    fill();
}

void ExercisePicker::setFilter(const QString& text)
{
    m_search->setText(text);
}

QString ExercisePicker::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem() ? m_list->currentItem() : m_list->item(0);
    return item ? item->data(idRole).toString() : QString();
}

void ExercisePicker::fill()
{
    m_list->clear();
    const QString text = m_search->text().trimmed();
    QList<ItemSummary> found;
    if (text.isEmpty()) {
        found = m_library.list(ItemKind::Exercise);
    } else {
        // The library's own search, so the picker finds what the search bar finds (names, other names, text).
        for (const SearchHit& hit : m_library.search(text, 200)) {
            if (hit.item.ref.kind == ItemKind::Exercise) {
                found.append(hit.item);
            }
        }
    }
    for (const ItemSummary& summary : found) {
        auto* item = new QListWidgetItem(OwnMark::listLabel(summary.name, summary.own), m_list);
        item->setData(idRole, summary.ref.id);
        item->setToolTip(summary.summary);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

bool ExercisePicker::eventFilter(QObject* watched, QEvent* event)
{
    // From the search field: Enter picks the exercise chosen, Up and Down move in the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (const QString id = currentId(); !id.isEmpty()) {
                Q_EMIT picked(id);
            }
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow(std::clamp(m_list->currentRow() + step, 0, std::max(0, m_list->count() - 1)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace unknot
