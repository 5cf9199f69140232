#include "editor/MusclePicker.h"

#include "BodyMapShading.h"
#include "LibraryRepository.h"
#include "figures/BodyMapWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace unknot {

namespace {

constexpr int idRole = Qt::UserRole;

QString keyOf(const QString& muscle)
{
    return BodyMapRegion::siteKey(PainSite::Kind::Muscle, muscle);
}

} // namespace

MusclePicker::MusclePicker(const LibraryRepository& library, QWidget* parent)
    : QWidget(parent)
    , m_map(new BodyMapWidget(BodyMapPainter::Accent::Library))
    , m_list(new QListWidget)
    , m_chosenLine(new QLabel)
{
    setObjectName(QStringLiteral("musclePicker"));
    m_map->setObjectName(QStringLiteral("muscleMap"));
    m_map->setNames(BodyMapWidget::placeNames(library));
    m_map->setViews({BodyMapArt::View::Back, BodyMapArt::View::Front});
    m_map->setMinimumSize(220, 200);
    m_list->setObjectName(QStringLiteral("muscleList"));
    m_list->setAccessibleName(tr("Muscles it works"));
    for (const ItemSummary& muscle : library.list(ItemKind::Muscle)) {
        auto* item = new QListWidgetItem(muscle.name, m_list);
        item->setData(idRole, muscle.ref.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(muscle.summary);
    }
    auto* hint = new QLabel(tr("Tap the muscles it works on the body, or tick them in the list. The first one you "
                               "choose is the main one."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_chosenLine->setObjectName(QStringLiteral("chosenMuscles"));
    m_chosenLine->setWordWrap(true);

    auto* column = new QVBoxLayout;
    column->addWidget(m_list, 1);
    column->addWidget(m_chosenLine);
    column->addWidget(hint);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_map, 3);
    layout->addLayout(column, 2);

    connect(m_map, &BodyMapWidget::regionActivated, this, [this](const BodyMapRegion& region) {
        if (region.kind == PainSite::Kind::Muscle) {
            toggle(region.slug);
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const QString id = item->data(idRole).toString();
        if ((item->checkState() == Qt::Checked) != m_chosen.contains(id)) {
            toggle(id);
        }
    });
    showChoice();
}

void MusclePicker::setMuscles(const QStringList& ids)
{
    m_chosen = ids;
    showChoice();
}

void MusclePicker::toggle(const QString& id)
{
    if (!m_chosen.removeOne(id)) {
        m_chosen.append(id);
    }
    showChoice();
    Q_EMIT changed();
}

void MusclePicker::showChoice()
{
    const QSignalBlocker block(m_list);
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setCheckState(m_chosen.contains(item->data(idRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    QHash<QString, int> tones;
    for (qsizetype i = 0; i < m_chosen.size(); ++i) {
        // The main muscle strongest, as an exercise's page shows it.
        tones.insert(keyOf(m_chosen.at(i)), i == 0 ? BodyMapShading::levels : BodyMapShading::levels - 1);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(idRole).toString() == m_chosen.at(i)) {
                names.append(m_list->item(row)->text());
            }
        }
    }
    m_map->setMarks(tones);
    m_chosenLine->setText(names.isEmpty() ? tr("No muscle chosen yet.")
                                          : tr("Works: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace unknot
