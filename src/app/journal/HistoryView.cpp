#include "journal/HistoryView.h"

#include "PainStats.h"
#include "PainTrend.h"
#include "common/Tone.h"
#include "common/UndoButton.h"
#include "journal/JournalCommands.h"
#include "journal/PainRatingDialog.h"
#include "journal/TrendPlot.h"
#include "journal/WhereItHurts.h"
#include "shell/AppContext.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextCharFormat>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace unknot {

namespace {

QString oneDecimal(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–");
}

QString painText(const TimelineItem& item)
{
    if (item.kind == TimelineItem::Kind::Entry) {
        return item.rating ? QString::number(*item.rating) : QString();
    }
    const QString before = item.before ? QString::number(*item.before) : QStringLiteral("–");
    const QString after = item.after ? QString::number(*item.after) : QStringLiteral("–");
    return item.before || item.after ? QStringLiteral("%1 → %2").arg(before, after) : QString();
}

} // namespace

HistoryView::HistoryView(AppContext& context, QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_period(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_routine(new QComboBox)
    , m_area(new QComboBox)
    , m_summary(new QLabel)
    , m_chart(TrendPlot::create())
    , m_routines(new QTableWidget(0, 5))
    , m_where(new WhereItHurts(context.library()))
    , m_calendar(new QCalendarWidget)
    , m_streak(new QLabel)
    , m_timeline(new QTreeWidget)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("history"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setStyleSheet(QStringLiteral("font-size: 13pt; padding: 6px 2px;"));
    // One line that never widens the column: changing words must not move or resize the chart below.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_streak->setObjectName(QStringLiteral("streak"));
    m_streak->setWordWrap(true);
    m_routines->setObjectName(QStringLiteral("routineTable"));
    m_routines->setHorizontalHeaderLabels({tr("Routine"), tr("Times"), tr("Before"), tr("After"), tr("Change")});
    m_routines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_routines->verticalHeader()->hide();
    m_routines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_routines->setSelectionMode(QAbstractItemView::NoSelection);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHeaderLabels({tr("When"), tr("Pain"), tr("What"), tr("Where and notes")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_timeline, &QTreeWidget::itemActivated, this, &HistoryView::editSelected);

    auto* log = new QPushButton(tr("Log pain…"));
    log->setObjectName(QStringLiteral("logButton"));
    log->setToolTip(tr("Rate your pain now (Ctrl+L)"));
    auto* edit = new QPushButton(tr("Edit…"));
    edit->setObjectName(QStringLiteral("editButton"));
    edit->setToolTip(tr("Change the selected rating (Enter)"));
    auto* remove = new QPushButton(tr("Delete"));
    remove->setObjectName(QStringLiteral("deleteButton"));
    remove->setToolTip(tr("Delete the selected row (Delete); Ctrl+Z brings it back"));
    QPushButton* undoButton = new UndoButton(m_undo);
    connect(log, &QPushButton::clicked, this, &HistoryView::logPain);
    connect(edit, &QPushButton::clicked, this, &HistoryView::editSelected);
    connect(remove, &QPushButton::clicked, this, &HistoryView::deleteSelected);
    connect(m_undo, &QUndoStack::indexChanged, this, &HistoryView::refresh);
    auto* del = new QShortcut(QKeySequence::Delete, m_timeline);
    connect(del, &QShortcut::activated, this, &HistoryView::deleteSelected);

    auto* rowButtons = new QHBoxLayout;
    for (QPushButton* button : {log, edit, remove, undoButton}) {
        rowButtons->addWidget(button);
    }
    rowButtons->addStretch();

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    if (m_chart) {
        leftLayout->addWidget(m_chart->widget(), 3);
    } else {
        auto* missing = new QLabel(tr("The chart cannot be shown: part of Unknot is missing. Installing Unknot again "
                                      "brings it back."));
        missing->setObjectName(QStringLiteral("chartMissing"));
        missing->setWordWrap(true);
        missing->setAlignment(Qt::AlignCenter);
        leftLayout->addWidget(missing, 3);
    }
    auto* perRoutine = new QLabel(tr("<b>By routine</b> — average pain before and after"));
    auto* routinesColumn = new QVBoxLayout;
    routinesColumn->addWidget(perRoutine);
    routinesColumn->addWidget(m_routines, 1);
    auto* lower = new QHBoxLayout;
    lower->addLayout(routinesColumn, 1);
    lower->addWidget(m_where);
    leftLayout->addLayout(lower, 2);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_calendar);
    rightLayout->addWidget(m_streak);
    rightLayout->addLayout(rowButtons);
    rightLayout->addWidget(m_timeline, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addWidget(buildFilters());
    layout->addWidget(splitter, 1);
    // The last four weeks; the journal is read when History is first shown, not at start-up.
    m_from->setDate(QDate::currentDate().addDays(-27));
    m_to->setDate(QDate::currentDate());
}

HistoryView::~HistoryView()
{
    if (m_undo) {
        m_undo->disconnect(this); // the stack clears itself as it goes, which must not refresh a half-gone view
    }
}

QWidget* HistoryView::buildFilters()
{
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItems({tr("Last 4 weeks"), tr("Last 3 months"), tr("Last 12 months"), tr("All time"),
                        tr("Chosen dates")});
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        //: The date boxes' format (QDate format): "3 Jun 2024".
        edit->setDisplayFormat(tr("d MMM yyyy"));
    }
    m_routine->setObjectName(QStringLiteral("routineFilter"));
    m_routine->addItem(tr("All routines"), QString());
    for (const auto& routine : m_context.library().list(ItemKind::Routine)) {
        m_routine->addItem(routine.name, routine.ref.id);
    }
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->addItem(tr("Anywhere"), QStringList());
    QHash<QString, QStringList> byArea;
    for (const auto& muscle : m_context.library().list(ItemKind::Muscle)) {
        if (const auto full = m_context.library().muscle(muscle.ref.id)) {
            byArea[full->area].append(full->id);
        }
    }
    for (const QString& area : Muscle::areas()) {
        // A body area matches ratings of the area itself and of the muscles that lie in it.
        m_area->addItem(Muscle::areaName(area), QStringList{area} + byArea.value(area));
    }
    // Long routine names are shortened in the closed box (the list shows them whole), so the row fits small screens.
    for (QComboBox* box : {m_routine, m_area}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    connect(m_period, &QComboBox::activated, this, &HistoryView::applyPeriod);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            m_period->setCurrentIndex(4);
            refresh();
        });
    }
    connect(m_routine, &QComboBox::activated, this, &HistoryView::refresh);
    connect(m_area, &QComboBox::activated, this, &HistoryView::refresh);

    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_period);
    //: Between the period box and the first date: "Chosen dates from 1 Jun 2024 to 30 Jun 2024".
    layout->addWidget(new QLabel(tr("from")));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to")));
    layout->addWidget(m_to);
    layout->addSpacing(16);
    layout->addWidget(m_routine);
    layout->addWidget(m_area);
    layout->addStretch();
    return bar;
}

void HistoryView::applyPeriod(int index)
{
    const QDate today = QDate::currentDate();
    QDate from = today.addDays(-27);
    if (index == 1) {
        from = today.addMonths(-3).addDays(1);
    } else if (index == 2) {
        from = today.addYears(-1).addDays(1);
    } else if (index == 3) {
        const auto first = m_context.history().firstDay(QTimeZone::systemTimeZone());
        if (first && first->isValid()) {
            from = std::min(from, *first);
        }
    } else if (index == 4) {
        refresh();
        return;
    }
    m_period->setCurrentIndex(index);
    setRange(from, today);
}

void HistoryView::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

QDate HistoryView::from() const
{
    return m_from->date();
}

QDate HistoryView::to() const
{
    return m_to->date();
}

JournalFilter HistoryView::filter() const
{
    return {m_routine->currentData().toString(), m_area->currentData().toStringList()};
}

void HistoryView::refresh()
{
    const QDate from = std::min(m_from->date(), m_to->date());
    const QDate to = std::max(m_from->date(), m_to->date());
    const QDateTime fromUtc = QDateTime(from, QTime(0, 0)).toUTC();
    const QDateTime toUtc = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    const JournalFilter current = filter();
    HistoryRepository& history = m_context.history();

    const QTimeZone zone = QTimeZone::systemTimeZone();
    const auto pointsRead = history.painPoints(fromUtc, toUtc, current);
    auto sessionsRead = history.sessionPain(fromUtc, toUtc, current);
    const auto daysRead = history.sessionDays(zone, current);
    auto itemsRead = history.timeline(fromUtc, toUtc, current, 500);
    const auto sitesRead = history.siteCounts(fromUtc, toUtc, current);
    for (const QString& error :
         {pointsRead.error(), sessionsRead.error(), daysRead.error(), itemsRead.error(), sitesRead.error()}) {
        if (!error.isEmpty()) {
            showReadError(error);
            return;
        }
    }
    const QList<PainPoint>& points = *pointsRead;
    m_where->setCounts(*sitesRead);
    if (m_chart) {
        m_chart->setTrend(PainTrend::of(points, from, to, zone, QLocale().firstDayOfWeek()), from, to, zone);
    }

    QList<SessionPain> sessions = std::move(sessionsRead).value();
    const auto summaries = PainStats::perRoutine(sessions);
    // The same averages over every session together: one summary with every session under one name.
    for (SessionPain& session : sessions) {
        session.routineSlug = QStringLiteral("all");
    }
    const auto overall = PainStats::perRoutine(sessions);
    if (overall.isEmpty()) {
        const int ratings = static_cast<int>(points.size());
        m_summary->setText(points.isEmpty() ? tr("No ratings or sessions in this period yet.")
                                            : tr("%n rating(s), no sessions in this period.", nullptr, ratings));
    } else {
        const RoutineSummary& all = overall.first();
        m_summary->setText(tr("<b>%n</b> session(s) · average pain before <b>%1</b>, after <b>%2</b>", nullptr,
                              all.timesDone)
                               .arg(oneDecimal(all.averageBefore), oneDecimal(all.averageAfter)));
    }
    m_routines->setRowCount(0);
    for (const RoutineSummary& summary : summaries) {
        const int row = m_routines->rowCount();
        m_routines->insertRow(row);
        const QString change = summary.averageChange ? QLocale().toString(*summary.averageChange, 'f', 1) : QStringLiteral("–");
        const QStringList cells{summary.routineName, QString::number(summary.timesDone), oneDecimal(summary.averageBefore),
                                oneDecimal(summary.averageAfter),
                                summary.averageChange && *summary.averageChange > 0 ? QStringLiteral("+") + change : change};
        for (int column = 0; column < cells.size(); ++column) {
            m_routines->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }

    const Streak streak =
        PainStats::streaks(*daysRead, QDate::currentDate());
    m_practised = streak.days;
    markPractised();
    m_streak->setText(tr("Days in a row with a session: <b>%1</b> (longest %2)")
                          .arg(streak.current)
                          .arg(streak.longest));

    m_items = std::move(itemsRead).value();
    fillTimeline();
}

void HistoryView::markPractised()
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every marked day
    QTextCharFormat practised;
    practised.setBackground(tone::pick(tone::current(), QColor(0xd6, 0xeb, 0xe7), QColor(0x1f, 0x4d, 0x55)));
    practised.setFontWeight(QFont::Bold);
    for (const QDate& day : std::as_const(m_practised)) {
        m_calendar->setDateTextFormat(day, practised);
    }
}

void HistoryView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        markPractised(); // the days practised, in a shade for the new palette
    }
}

void HistoryView::showReadError(const QString& error)
{
    // Never a partial History that looks whole: say so, and show nothing that may be missing rows.
    m_summary->setText(tr("Your journal could not be read, so History is not shown. %1").arg(error.toHtmlEscaped()));
    m_routines->setRowCount(0);
    m_items.clear();
    fillTimeline();
}

void HistoryView::fillTimeline()
{
    m_timeline->clear();
    const QLocale locale;
    for (int i = 0; i < m_items.size(); ++i) {
        const TimelineItem& item = m_items.at(i);
        QStringList details = item.siteNames;
        if (!item.note.isEmpty()) {
            details.append(QStringLiteral("“%1”").arg(item.note));
        }
        const QDateTime local = item.timeUtc.toLocalTime();
        //: Date formats of the timeline (QDateTime formats): this year's, then an earlier year's.
        const QString format = local.date().year() == QDate::currentDate().year() ? tr("ddd d MMM, HH:mm")
                                                                                  : tr("d MMM yyyy, HH:mm");
        auto* row = new QTreeWidgetItem(
            m_timeline, {locale.toString(local, format), painText(item),
                         item.kind == TimelineItem::Kind::Session ? item.title : tr("Pain rating"),
                         details.join(QStringLiteral(" · "))});
        row->setTextAlignment(1, Qt::AlignCenter);
        row->setData(0, Qt::UserRole, i);
    }
    for (int column = 0; column < 3; ++column) {
        m_timeline->resizeColumnToContents(column);
    }
}

std::optional<TimelineItem> HistoryView::selectedItem() const
{
    const QTreeWidgetItem* row = m_timeline->currentItem();
    if (!row) {
        return std::nullopt;
    }
    return m_items.value(row->data(0, Qt::UserRole).toInt());
}

void HistoryView::logPain()
{
    auto* dialog = new PainRatingDialog(m_context.library(), m_context.pain(), PainEntry{},
                                        PainRatingDialog::Purpose::Standalone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &HistoryView::refresh);
    dialog->open();
}

void HistoryView::editSelected()
{
    const auto item = selectedItem();
    if (!item) {
        return;
    }
    PainEntry entry;
    auto purpose = PainRatingDialog::Purpose::Edit;
    const qint64 id = item->kind == TimelineItem::Kind::Entry ? item->id
                      : item->afterEntryId != 0              ? item->afterEntryId
                                                             : item->beforeEntryId;
    if (id != 0) {
        entry = m_context.pain().entry(id).value_or(PainEntry{});
    } else {
        // A session nobody rated: rate how it went now.
        entry.moment = PainEntry::Moment::After;
        entry.sessionId = item->id;
        purpose = PainRatingDialog::Purpose::After;
    }
    auto* dialog = new PainRatingDialog(m_context.library(), m_context.pain(), entry, purpose, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, entry, purpose] {
        if (purpose == PainRatingDialog::Purpose::Edit) {
            m_undo->push(new EditEntryCommand(m_context.pain(), entry, dialog->entry()));
        } else {
            refresh();
        }
    });
    dialog->open();
}

void HistoryView::deleteSelected()
{
    const auto item = selectedItem();
    if (!item) {
        return;
    }
    //: When a deleted row was, for the Undo button (QDateTime format): "Undo: delete the rating (3 Jun 14:05)".
    const QString when = QLocale().toString(item->timeUtc.toLocalTime(), tr("d MMM HH:mm"));
    if (item->kind == TimelineItem::Kind::Session) {
        auto* command = new DeleteSessionCommand(m_context.sessions(), item->id,
                                                 tr("delete %1 (%2)").arg(item->title, when));
        m_undo->push(command);
        if (!command->failed().isEmpty()) {
            Q_EMIT problem(tr("The session could not be deleted: %1").arg(command->failed()));
        }
    } else {
        auto* command = new DeleteEntryCommand(m_context.pain(), item->id, tr("delete the rating (%1)").arg(when));
        m_undo->push(command);
        if (!command->failed().isEmpty()) {
            Q_EMIT problem(tr("The rating could not be deleted: %1").arg(command->failed()));
        }
    }
}

} // namespace unknot
