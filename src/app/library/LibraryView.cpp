#include "library/LibraryView.h"

#include "BodyMapShading.h"
#include "LibraryRepository.h"
#include "figures/BodyMapWidget.h"
#include "figures/FigurePainter.h"
#include "figures/FigureWidget.h"
#include "common/OwnMark.h"
#include "common/Tone.h"
#include "library/OwnItemBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace unknot {

namespace {

/// Height of the pictures above a page, when there is room for it.
constexpr int pictureHeight = 220;
constexpr int refRole = Qt::UserRole;
constexpr int kindRole = Qt::UserRole + 1;

QListWidgetItem* itemFor(const ItemSummary& summary, const QString& label)
{
    auto* item = new QListWidgetItem(label);
    item->setData(refRole, summary.ref.id);
    item->setData(kindRole, static_cast<int>(summary.ref.kind));
    item->setToolTip(summary.summary);
    return item;
}

ItemRef refOf(const QListWidgetItem* item)
{
    return {static_cast<ItemKind>(item->data(kindRole).toInt()), item->data(refRole).toString()};
}

} // namespace

LibraryView::LibraryView(const LibraryRepository& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_renderer(library)
    , m_sections(new QListWidget)
    , m_listTitle(new QLabel)
    , m_nothingFound(new QLabel)
    , m_items(new QListWidget)
    , m_page(new QTextBrowser)
    , m_start(new QPushButton)
    , m_ownBar(new OwnItemBar)
    , m_pictures(new QWidget)
    , m_bodyMap(new BodyMapWidget(BodyMapPainter::Accent::Library))
    , m_figure(new FigureWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    m_sections->setObjectName(QStringLiteral("sections"));
    m_items->setObjectName(QStringLiteral("items"));
    m_page->setObjectName(QStringLiteral("page"));
    m_listTitle->setObjectName(QStringLiteral("listTitle"));
    m_nothingFound->setObjectName(QStringLiteral("nothingFound"));

    for (ItemKind kind : ItemRef::allKinds) {
        auto* entry = new QListWidgetItem(ItemRef::kindPlural(kind), m_sections);
        entry->setData(kindRole, static_cast<int>(kind));
        entry->setSizeHint(QSize(0, 44));
    }
    m_sections->setFixedWidth(170);
    m_sections->setFrameShape(QFrame::NoFrame);
    m_sections->setProperty("role", QStringLiteral("sections"));
    m_items->setProperty("role", QStringLiteral("items"));
    m_items->setFrameShape(QFrame::NoFrame);
    m_items->setWordWrap(true);
    m_items->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_items->setTextElideMode(Qt::ElideNone);
    m_items->setUniformItemSizes(false);
    m_items->setResizeMode(QListView::Adjust); // re-wrap long names when the column is resized
    m_listTitle->setProperty("role", QStringLiteral("listTitle"));
    m_page->setOpenLinks(false);
    m_page->setFrameShape(QFrame::NoFrame);
    m_page->document()->setDefaultStyleSheet(DetailRenderer::styleSheet(tone::current()));
    m_page->document()->setDocumentMargin(28);

    auto* listColumn = new QWidget;
    auto* listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_nothingFound);
    listLayout->addWidget(m_items);
    m_nothingFound->setProperty("role", QStringLiteral("listTitle")); // the list title's look, in plain weight
    m_nothingFound->setStyleSheet(QStringLiteral("font-weight: normal;"));
    m_nothingFound->setWordWrap(true);
    m_nothingFound->setTextFormat(Qt::RichText);
    m_nothingFound->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_nothingFound->hide();
    connect(m_nothingFound, &QLabel::linkActivated, this, [this](const QString& link) {
        if (const auto kind = ItemRef::kindFromKey(link.section(QLatin1Char(':'), 1))) {
            Q_EMIT searchLeft();
            showSection(*kind);
        }
    });

    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setProperty("role", QStringLiteral("start"));
    m_start->setToolTip(tr("Start a guided session (Ctrl+Enter)"));
    m_start->hide();
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const auto current = m_history.current()) {
            Q_EMIT startRequested(*current);
        }
    });
    auto* pageColumn = new QWidget;
    pageColumn->setObjectName(QStringLiteral("pageColumn"));
    auto* pageLayout = new QVBoxLayout(pageColumn);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    auto* startRow = new QHBoxLayout;
    startRow->setContentsMargins(28, 14, 28, 0);
    startRow->addWidget(m_start);
    startRow->addStretch();
    startRow->addWidget(m_ownBar);
    m_ownBar->hide();
    pageLayout->addLayout(startRow);
    // Pictures of the page above its text, kept short so the text still has room on a 1024x600 screen.
    m_pictures->setObjectName(QStringLiteral("pictures"));
    auto* picturesRow = new QHBoxLayout(m_pictures);
    picturesRow->setContentsMargins(28, 10, 28, 0);
    m_bodyMap->setFixedHeight(pictureHeight);
    m_bodyMap->setNames(BodyMapWidget::placeNames(library));
    m_figure->setObjectName(QStringLiteral("pageFigure"));
    m_figure->setFixedSize(pictureHeight * 6 / 5, pictureHeight);
    m_figure->setAccessibleName(tr("How the exercise moves"));
    picturesRow->addWidget(m_figure);
    picturesRow->addWidget(m_bodyMap);
    picturesRow->addStretch();
    m_pictures->hide();
    pageLayout->addWidget(m_pictures);
    pageLayout->addWidget(m_page, 1);
    connect(m_bodyMap, &BodyMapWidget::regionActivated, this, [this](const BodyMapRegion& region) {
        if (region.kind == PainSite::Kind::Muscle) {
            open({ItemKind::Muscle, region.slug});
        }
    });

    m_start->setAccessibleName(tr("Start a guided session"));
    m_sections->setAccessibleName(tr("Sections"));
    m_items->setAccessibleName(tr("Items in this section"));
    m_page->setAccessibleName(tr("Page"));

    m_splitter->addWidget(listColumn);
    m_splitter->addWidget(pageColumn);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 800});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sections);
    layout->addWidget(m_splitter, 1);

    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            showSection(static_cast<ItemKind>(m_sections->item(row)->data(kindRole).toInt()));
        }
    });
    connect(m_items, &QListWidget::itemActivated, this, &LibraryView::onItemActivated);
    connect(m_items, &QListWidget::itemClicked, this, &LibraryView::onItemActivated);
    connect(m_items, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        // Arrow keys browse the section; in search results they only move the selection until Enter.
        if (current && !m_searching && m_items->hasFocus()) {
            open(refOf(current));
        }
    });
    connect(m_page, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (const auto ref = ItemRef::fromUrl(url)) {
            open(*ref);
        }
    });
    fillSection(m_section);
}

void LibraryView::fillSection(ItemKind kind)
{
    m_searching = false;
    m_nothingFound->hide();
    markSection(kind);
    const QSignalBlocker blockItems(m_items);
    m_items->clear();
    const auto items = m_library.list(kind);
    for (const auto& summary : items) {
        m_items->addItem(itemFor(summary, OwnMark::listLabel(summary.name, summary.own)));
    }
    //: A section's name with the number of items in it, e.g. "Muscles (12)".
    m_listTitle->setText(tr("%1 (%2)").arg(ItemRef::kindPlural(kind)).arg(items.size()));
}

void LibraryView::markSection(ItemKind kind)
{
    m_section = kind;
    const QSignalBlocker block(m_sections);
    m_sections->setCurrentRow(static_cast<int>(kind));
}

void LibraryView::showSection(ItemKind kind)
{
    fillSection(kind);
    if (m_items->count() > 0) {
        open(refOf(m_items->item(0)));
    }
}

void LibraryView::open(const ItemRef& ref)
{
    m_history.visit(ref);
    show(ref);
}

void LibraryView::show(const ItemRef& ref)
{
    if (!m_searching && ref.kind != m_section) {
        fillSection(ref.kind);
    }
    markSection(ref.kind); // search hits stay in the list, but the section always names the page's kind
    selectInList(ref);
    addFigureStrips(ref);
    m_page->setHtml(m_renderer.render(ref));
    const bool playable = ref.kind == ItemKind::Routine || ref.kind == ItemKind::Exercise;
    m_start->setVisible(playable);
    m_start->setText(ref.kind == ItemKind::Routine ? tr("▶  Start this routine") : tr("▶  Start this exercise"));
    m_ownBar->showFor(ref, isOwn(ref));
    m_page->verticalScrollBar()->setValue(0);
    showMuscles(ref);
    Q_EMIT navigated();
}

bool LibraryView::isOwn(const ItemRef& ref) const
{
    if (ref.kind == ItemKind::Routine) {
        return m_library.routine(ref.id).value_or(Routine{}).own;
    }
    return ref.kind == ItemKind::Exercise && m_library.exercise(ref.id).value_or(Exercise{}).own;
}

void LibraryView::reload()
{
    const auto current = m_history.current();
    const bool exists = current && (current->kind == ItemKind::Routine ? m_library.routine(current->id).has_value()
                                    : current->kind == ItemKind::Exercise ? m_library.exercise(current->id).has_value()
                                                                          : true);
    if (!m_searching) {
        fillSection(m_section);
    }
    if (exists) {
        show(*current);
    } else {
        showSection(m_section); // the page's item was deleted: the first of its section instead
    }
}

void LibraryView::showMuscles(const ItemRef& ref)
{
    // A muscle's page shows it; an exercise's the muscles it works, the first (the main one) strongest; a cause's
    // the muscles it strains.
    QHash<QString, int> tones;
    const auto key = [](const QString& muscle) { return BodyMapRegion::siteKey(PainSite::Kind::Muscle, muscle); };
    if (ref.kind == ItemKind::Muscle) {
        tones.insert(key(ref.id), BodyMapShading::levels);
    } else if (ref.kind == ItemKind::Exercise) {
        const QStringList muscles = m_library.exercise(ref.id).value_or(Exercise{}).muscles;
        for (qsizetype i = 0; i < muscles.size(); ++i) {
            tones.insert(key(muscles.at(i)), i == 0 ? BodyMapShading::levels : 2);
        }
    } else if (ref.kind == ItemKind::Cause) {
        for (const QString& muscle : m_library.cause(ref.id).value_or(Cause{}).muscles) {
            tones.insert(key(muscle), BodyMapShading::levels - 1);
        }
    }
    m_bodyMap->setMarks(tones);
    m_bodyMap->showViewsOfMarks(true);
    m_bodyMap->setVisible(!tones.isEmpty());
    const auto exercise = ref.kind == ItemKind::Exercise ? m_library.exercise(ref.id) : std::nullopt;
    if (exercise && !exercise->figure.isEmpty()) {
        m_figure->playLoop(exercise->figure, exercise->dose);
        m_figure->show();
    } else {
        m_figure->clear();
        m_figure->hide();
    }
    m_pictures->setVisible(!tones.isEmpty() || m_figure->hasFigure());
}

void LibraryView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // On a short screen the pictures give way, so the page's text keeps at least half the height.
    const int tall = std::clamp((height() - 260) / 2, 120, pictureHeight);
    m_bodyMap->setFixedHeight(tall);
    m_figure->setFixedSize(tall * 6 / 5, tall);
}

void LibraryView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        restyle();
    }
}

void LibraryView::restyle()
{
    tone::restyle(this); // the own-item mark
    const QString sheet = DetailRenderer::styleSheet(tone::current());
    if (sheet == m_page->document()->defaultStyleSheet()) {
        return;
    }
    m_page->document()->setDefaultStyleSheet(sheet);
    const auto current = m_history.current();
    if (!current) {
        return;
    }
    const int scrolled = m_page->verticalScrollBar()->value();
    addFigureStrips(*current);
    m_page->setHtml(m_renderer.render(*current));
    m_page->verticalScrollBar()->setValue(scrolled);
}

void LibraryView::addFigureStrips(const ItemRef& ref)
{
    if (ref.kind != ItemKind::Exercise) {
        return;
    }
    const auto exercise = m_library.exercise(ref.id);
    if (!exercise) {
        return;
    }
    // Drawn for this screen's pixel ratio, so the strip is as sharp as the text around it.
    for (const int set : figurepaint::distinctSets(exercise->figure)) {
        m_page->document()->addResource(QTextDocument::ImageResource, DetailRenderer::stripUrl(set),
                                        figurepaint::strip(exercise->figure.forSet(set), QSizeF(150, 120),
                                                           m_page->devicePixelRatioF(), palette()));
    }
}

void LibraryView::selectInList(const ItemRef& ref)
{
    const QSignalBlocker block(m_items);
    for (int row = 0; row < m_items->count(); ++row) {
        if (refOf(m_items->item(row)) == ref) {
            m_items->setCurrentRow(row);
            return;
        }
    }
    m_items->setCurrentRow(-1);
}

void LibraryView::onItemActivated(QListWidgetItem* item)
{
    if (item) {
        open(refOf(item));
    }
}

void LibraryView::search(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        const auto current = m_history.current();
        fillSection(current ? current->kind : m_section);
        if (current) {
            selectInList(*current);
        }
        return;
    }
    m_searching = true;
    const QSignalBlocker block(m_items);
    m_items->clear();
    const auto hits = m_library.search(text);
    for (const auto& hit : hits) {
        m_items->addItem(
            itemFor(hit.item, QStringLiteral("%1\n%2").arg(OwnMark::listLabel(hit.item.name, hit.item.own),
                                                            ItemRef::kindSingular(hit.item.ref.kind))));
    }
    m_listTitle->setText(hits.isEmpty() ? tr("Nothing found for “%1”").arg(text.trimmed())
                                        : tr("Found %n", nullptr, static_cast<int>(hits.size())));
    if (hits.isEmpty()) {
        showNothingFound(text.trimmed());
    } else {
        m_nothingFound->hide();
        m_items->setCurrentRow(0);
    }
}

void LibraryView::showNothingFound(const QString& text)
{
    QStringList links;
    for (ItemKind kind : ItemRef::allKinds) {
        links.append(
            QStringLiteral("<a href=\"section:%1\">%2</a>").arg(ItemRef::kindKey(kind), ItemRef::kindPlural(kind)));
    }
    m_nothingFound->setText(tr("<p>Check the spelling of “%1”, or try a shorter or different word, such as a place "
                               "(“neck”) or what you want to do (“stretch”).</p><p>Or browse the sections: %2.</p>")
                                .arg(text.toHtmlEscaped(), links.join(QStringLiteral(", "))));
    m_nothingFound->show();
}

bool LibraryView::openSelectedHit()
{
    QListWidgetItem* item = m_items->currentItem() ? m_items->currentItem() : m_items->item(0);
    if (!item) {
        return false;
    }
    open(refOf(item));
    return true;
}

void LibraryView::goBack()
{
    if (const auto ref = m_history.back()) {
        show(*ref);
    }
}

void LibraryView::goForward()
{
    if (const auto ref = m_history.forward()) {
        show(*ref);
    }
}

void LibraryView::focusList()
{
    m_items->setFocus();
}

QByteArray LibraryView::saveState() const
{
    return m_splitter->saveState();
}

void LibraryView::restoreState(const QByteArray& state)
{
    m_splitter->restoreState(state);
}

QWidget* LibraryView::chainTabOrder(QWidget* before)
{
    // The way the eye goes: sections, the list, the page (its links in turn), then Start.
    setTabOrder(before, m_sections);
    setTabOrder(m_sections, m_items);
    setTabOrder(m_items, m_page);
    setTabOrder(m_page, m_start);
    setTabOrder(m_start, m_bodyMap);
    return m_bodyMap;
}

} // namespace unknot
