#pragma once

#include "JournalFilter.h"
#include "TimelineItem.h"

#include <QDate>
#include <QPointer>
#include <QSet>
#include <QUndoStack>
#include <QWidget>

class QCalendarWidget;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QTreeWidget;
class QUndoStack;

namespace unknot {

class AppContext;
class TrendPlot;
class WhereItHurts;

/// History: pain over time, before and after each routine, days practised, and every session and rating,
/// each editable or deletable with undo. Statistics come from PainStats; nothing here runs SQL; files (CSV, the
/// report) are JournalFiles' business.
class HistoryView : public QWidget {
    Q_OBJECT

public:
    /// undo holds the edits and deletes made here; it outlives the view (the Edit menu shares it).
    HistoryView(AppContext& context, QUndoStack* undo, QWidget* parent = nullptr);
    ~HistoryView() override;

    /// Reads the journal again for the current filters.
    void refresh();
    /// Sets the date range (local dates, both included) and refreshes.
    void setRange(QDate from, QDate to);
    JournalFilter filter() const;
    QDate from() const;
    QDate to() const;
    QUndoStack* undoStack() const { return m_undo; }
    /// The selected timeline row, if any.
    std::optional<TimelineItem> selectedItem() const;
    /// The chart; nullptr when its module cannot be loaded (History then shows a note in its place).
    TrendPlot* trendPlot() const { return m_chart; }
    /// The body map shaded by how often each place was marked in the period.
    WhereItHurts* whereItHurts() const { return m_where; }

public Q_SLOTS:
    void logPain();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    /// Something went wrong that the person should read (a failed save or delete).
    void problem(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Marks the days practised on the calendar.
    void markPractised();
    QWidget* buildFilters();
    void applyPeriod(int index);
    void fillTimeline();
    void showReadError(const QString& error);
    void fillRoutines();

    AppContext& m_context;
    QList<TimelineItem> m_items;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_routine;
    QComboBox* m_area;
    QLabel* m_summary;
    TrendPlot* m_chart; ///< from the unknot_charts module, loaded with the first History
    QTableWidget* m_routines;
    WhereItHurts* m_where;
    QCalendarWidget* m_calendar;
    QLabel* m_streak;
    QTreeWidget* m_timeline;
    QSet<QDate> m_practised; ///< days with a session, as marked on the calendar
    QPointer<QUndoStack> m_undo; ///< the window's; it may go before this view when the window closes
};

} // namespace unknot
