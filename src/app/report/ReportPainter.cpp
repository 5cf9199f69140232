#include "report/ReportPainter.h"

#include "common/TrendColours.h"
#include "report/ReportMapPanel.h"
#include "report/ReportStyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace unknot {

namespace {

using namespace reportstyle;

const QColor& teal = trendcolours::after;
const QColor& tealDark = trendcolours::line;
const QColor& beforeGrey = trendcolours::before;
const QColor& otherOchre = trendcolours::other;

QString number(const std::optional<double>& value, bool signedValue = false)
{
    if (!value) {
        return QStringLiteral("–");
    }
    const QString text = QLocale().toString(*value, 'f', 1);
    return signedValue && *value > 0.05 ? QLatin1Char('+') + text : text;
}

QString dateText(QDate date, bool withYear = true)
{
    //: Date formats in the report (QDate formats): with the year, then without.
    return QLocale().toString(date, withYear ? ReportPainter::tr("d MMM yyyy") : ReportPainter::tr("d MMM"));
}

/// Maps times onto the x axis of a chart covering the period, and ratings 0-10 onto its y axis.
struct Axes {
    QRectF rect;
    qint64 startMs = 0;
    qint64 endMs = 1;

    Axes(const QRectF& area, const ReportWriter::Data& data)
        : rect(area)
        , startMs(QDateTime(data.from, QTime(0, 0), data.zone).toMSecsSinceEpoch())
        , endMs(std::max(startMs + 1, QDateTime(data.to.addDays(1), QTime(0, 0), data.zone).toMSecsSinceEpoch()))
    {
    }

    double x(qint64 ms) const
    {
        const double at = rect.left() + rect.width() * static_cast<double>(ms - startMs) / (endMs - startMs);
        return std::clamp(at, rect.left(), rect.right());
    }
    double x(QDate date, const QTimeZone& zone) const
    {
        return x(QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch());
    }
    double xMiddle(const TrendBucket& b, const QTimeZone& zone) const
    {
        return (x(b.first, zone) + x(b.last.addDays(1), zone)) / 2;
    }
    double y(double rating) const { return rect.bottom() - rect.height() * rating / 10.0; }
};

QColor momentColour(PainEntry::Moment moment)
{
    return moment == PainEntry::Moment::Before ? beforeGrey : moment == PainEntry::Moment::After ? teal : otherOchre;
}

void dot(QPainter& p, const QPointF& at, const QColor& colour, double radius)
{
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(at, radius, radius);
}

void heading(QPainter& p, double y, const QString& text, const QString& aside = {})
{
    p.setPen(tealDark);
    p.setFont(font(11, true));
    p.drawText(QPointF(margin, y), text);
    if (!aside.isEmpty()) {
        p.setPen(muted);
        p.setFont(font(8));
        p.drawText(QRectF(margin, y - 11, ReportWriter::pageWidth - 2 * margin, 14), Qt::AlignRight | Qt::AlignBottom,
                   aside);
    }
}

void drawSummary(QPainter& p, const QRectF& area, const ReportWriter::Data& d)
{
    const QLocale locale;
    const QString rated = ReportPainter::tr("%Ln rated both times", nullptr, d.ratedBoth);
    const QList<std::pair<QString, QString>> cards{
        {ReportPainter::tr("Sessions"), locale.toString(d.sessions)},
        {ReportPainter::tr("Average before"), number(d.averageBefore)},
        {ReportPainter::tr("Average after"), number(d.averageAfter)},
        {ReportPainter::tr("Average change"), number(d.averageChange, true)}};
    const QStringList notes{ReportPainter::tr("%Ln rating(s) in all", nullptr, d.pain.ratings),
                            ReportPainter::tr("pain out of 10"), ReportPainter::tr("pain out of 10"), rated};
    const double gap = 10;
    const double width = (area.width() - gap * 3) / 4;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QRectF card(area.left() + i * (width + gap), area.top(), width, area.height());
        p.setPen(Qt::NoPen);
        p.setBrush(band);
        p.drawRoundedRect(card, 6, 6);
        p.setPen(muted);
        p.setFont(font(8));
        p.drawText(card.adjusted(10, 6, -10, 0), Qt::AlignLeft | Qt::AlignTop, cards.at(i).first);
        p.setPen(i == 3 ? tealDark : ink);
        p.setFont(font(20, true));
        p.drawText(card.adjusted(10, 17, -10, 0), Qt::AlignLeft | Qt::AlignTop, cards.at(i).second);
        p.setPen(muted);
        p.setFont(font(7));
        p.drawText(card.adjusted(10, 0, -10, -6), Qt::AlignLeft | Qt::AlignBottom, notes.at(i));
    }
}

/// Date labels under a chart: a handful, evenly spread over the period.
void dateLabels(QPainter& p, const Axes& axes, const ReportWriter::Data& d)
{
    const qint64 days = d.from.daysTo(d.to) + 1;
    const int ticks = static_cast<int>(std::min<qint64>(days, 6));
    p.setFont(font(7));
    p.setPen(muted);
    for (int i = 0; i < ticks; ++i) {
        const QDate date = d.from.addDays(ticks == 1 ? 0 : (days - 1) * i / (ticks - 1));
        const double x = axes.x(date, d.zone) + (days <= 62 ? axes.rect.width() / days / 2 : 0);
        //: A month under a long chart (QDate format): "Jun 2024".
        const QString text =
            days <= 62 ? dateText(date, false) : QLocale().toString(date, ReportPainter::tr("MMM yyyy"));
        const Qt::Alignment align = i == 0 ? Qt::AlignLeft : i == ticks - 1 ? Qt::AlignRight : Qt::AlignHCenter;
        const double left = align == Qt::AlignLeft ? x : align == Qt::AlignRight ? x - 80 : x - 40;
        p.drawText(QRectF(left, axes.rect.bottom() + 3, 80, 10), align | Qt::AlignTop, text);
    }
}

void drawTrend(QPainter& p, const QRectF& area, const ReportWriter::Data& d)
{
    const Axes axes(area.adjusted(18, 0, 0, -14), d);
    p.setFont(font(7));
    for (int rating = 0; rating <= 10; rating += 2) {
        p.setPen(QPen(rating == 0 ? muted : grid, rating == 0 ? 0.8 : 0.5));
        p.drawLine(QPointF(axes.rect.left(), axes.y(rating)), QPointF(axes.rect.right(), axes.y(rating)));
        p.setPen(muted);
        p.drawText(QRectF(area.left(), axes.y(rating) - 5, 14, 10), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(rating));
    }
    p.setPen(QPen(muted, 0.8));
    p.drawLine(axes.rect.bottomLeft(), axes.rect.topLeft());
    dateLabels(p, axes, d);
    if (d.pain.ratings == 0) {
        p.setPen(muted);
        p.setFont(font(10));
        p.drawText(axes.rect, Qt::AlignCenter, ReportPainter::tr("No pain ratings in this period."));
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    // The dots first, so that the average line stays readable on top of them.
    const PainTrend& pain = d.pain;
    if (pain.oneByOne()) {
        for (const PainPoint& point : pain.dots) {
            const QPointF at(axes.x(point.recordedUtc.toMSecsSinceEpoch()), axes.y(point.rating));
            dot(p, at, momentColour(point.moment), 1.8);
        }
    } else {
        for (const auto& [buckets, moment] :
             {std::pair{&pain.before, PainEntry::Moment::Before}, std::pair{&pain.after, PainEntry::Moment::After},
              std::pair{&pain.standalone, PainEntry::Moment::Standalone}}) {
            for (const TrendBucket& b : *buckets) {
                if (b.count > 0) {
                    dot(p, QPointF(axes.xMiddle(b, d.zone), axes.y(b.average)), momentColour(moment), 1.6);
                }
            }
        }
    }
    QPainterPath line;
    for (const TrendBucket& b : pain.average) {
        if (b.count == 0) {
            continue; // a gap is bridged: the line joins the days that have ratings
        }
        const QPointF at(axes.xMiddle(b, d.zone), axes.y(b.average));
        if (line.elementCount() == 0) {
            line.moveTo(at);
        } else {
            line.lineTo(at);
        }
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(tealDark, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(line);
    if (line.elementCount() == 1) {
        dot(p, line.currentPosition(), tealDark, 2.4);
    }
}

void drawLegend(QPainter& p, double y, const ReportWriter::Data& d)
{
    const QString per = d.pain.bucket == PainStats::Bucket::Day    ? ReportPainter::tr("day")
                        : d.pain.bucket == PainStats::Bucket::Week ? ReportPainter::tr("week")
                                                                   : ReportPainter::tr("month");
    const bool each = d.pain.oneByOne();
    const QList<std::pair<QColor, QString>> items{
        {tealDark, ReportPainter::tr("average of all ratings per %1").arg(per)},
        {beforeGrey,
         each ? ReportPainter::tr("before a session") : ReportPainter::tr("average before, per %1").arg(per)},
        {teal, each ? ReportPainter::tr("after a session") : ReportPainter::tr("average after, per %1").arg(per)},
        {otherOchre,
         each ? ReportPainter::tr("at other times") : ReportPainter::tr("average at other times, per %1").arg(per)}};
    double x = margin + 18;
    p.setFont(font(8));
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i == 0) {
            p.setPen(QPen(items.at(i).first, 1.6));
            p.drawLine(QPointF(x, y - 3), QPointF(x + 12, y - 3));
            x += 16;
        } else {
            dot(p, QPointF(x + 3, y - 3), items.at(i).first, 2.4);
            x += 9;
        }
        p.setPen(ink);
        p.drawText(QPointF(x, y), items.at(i).second);
        x += QFontMetricsF(p.font()).horizontalAdvance(items.at(i).second) + 16;
    }
}

void drawWeeks(QPainter& p, const QRectF& area, const ReportWriter::Data& d)
{
    const Axes axes(area.adjusted(18, 0, 0, -14), d);
    int most = 0;
    for (const TrendBucket& week : d.sessionsPerWeek) {
        most = std::max(most, week.count);
    }
    const int top = std::max(1, most);
    p.setFont(font(7));
    p.setPen(QPen(grid, 0.5));
    p.drawLine(QPointF(axes.rect.left(), axes.rect.top()), QPointF(axes.rect.right(), axes.rect.top()));
    p.setPen(muted);
    p.drawText(QRectF(area.left(), axes.rect.top() - 5, 14, 10), Qt::AlignRight | Qt::AlignVCenter,
               QString::number(top));
    p.drawText(QRectF(area.left(), axes.rect.bottom() - 5, 14, 10), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("0"));
    p.setPen(Qt::NoPen);
    p.setBrush(teal);
    for (const TrendBucket& week : d.sessionsPerWeek) {
        const double left = axes.x(week.first, d.zone);
        const double right = axes.x(week.last.addDays(1), d.zone);
        const double gap = right - left > 4 ? 1 : 0;
        const double height = axes.rect.height() * week.count / top;
        p.drawRect(QRectF(left + gap / 2, axes.rect.bottom() - height, std::max(0.3, right - left - gap), height));
    }
    p.setPen(QPen(muted, 0.8));
    p.drawLine(axes.rect.bottomLeft(), axes.rect.bottomRight());
    dateLabels(p, axes, d);
}

void drawRoutines(QPainter& p, const QRectF& area, const ReportWriter::Data& d)
{
    const double rowHeight = 15;
    const QList<double> widths{area.width() - 4 * 74, 74, 74, 74, 74};
    const QStringList titles{ReportPainter::tr("Routine"), ReportPainter::tr("Times"), ReportPainter::tr("Avg before"),
                             ReportPainter::tr("Avg after"), ReportPainter::tr("Avg change")};
    const auto drawRow = [&](double y, const QStringList& cells, bool header) {
        double x = area.left();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QRectF cell(x + 6, y, widths.at(i) - 12, rowHeight);
            const QString text =
                i == 0 ? QFontMetricsF(p.font()).elidedText(cells.at(i), Qt::ElideRight, cell.width()) : cells.at(i);
            p.drawText(cell, Qt::AlignVCenter | (i == 0 ? Qt::AlignLeft : Qt::AlignRight), text);
            x += widths.at(i);
        }
        if (!header) {
            p.save();
            p.setPen(QPen(grid, 0.5));
            p.drawLine(QPointF(area.left(), y + rowHeight), QPointF(area.right(), y + rowHeight));
            p.restore();
        }
    };
    p.setPen(Qt::NoPen);
    p.setBrush(band);
    p.drawRect(QRectF(area.left(), area.top(), area.width(), rowHeight));
    p.setPen(muted);
    p.setFont(font(8, true));
    drawRow(area.top(), titles, true);
    p.setFont(font(9));
    p.setPen(ink);
    // Every row that fits under the header; the last one says "and 3 more" when not all of them do.
    const int rows = static_cast<int>((area.height() - rowHeight) / rowHeight);
    const int fits = d.routines.size() <= rows ? rows : rows - 1;
    double y = area.top() + rowHeight;
    if (d.routines.isEmpty()) {
        p.setPen(muted);
        drawRow(y, {ReportPainter::tr("No sessions in this period.")}, false);
        return;
    }
    for (qsizetype i = 0; i < d.routines.size() && i < fits; ++i, y += rowHeight) {
        const RoutineSummary& r = d.routines.at(i);
        drawRow(y,
                {r.routineName, QLocale().toString(r.timesDone), number(r.averageBefore), number(r.averageAfter),
                 number(r.averageChange, true)},
                false);
    }
    if (d.routines.size() > fits) {
        p.setPen(muted);
        p.setFont(font(8));
        p.drawText(QRectF(area.left() + 6, y, area.width(), rowHeight), Qt::AlignVCenter,
                   ReportPainter::tr("and %n more", nullptr, static_cast<int>(d.routines.size() - fits)));
    }
}

} // namespace

void ReportPainter::paint(QPainter& p, const ReportWriter::Data& d)
{
    const double width = ReportWriter::pageWidth - 2 * margin;
    p.setPen(tealDark);
    p.setFont(font(20, true));
    p.drawText(QPointF(margin, margin + 14), tr("Upper back pain: progress report"));
    p.setPen(ink);
    p.setFont(font(10));
    const qint64 days = d.from.daysTo(d.to) + 1;
    p.drawText(QPointF(margin, margin + 34),
               tr("%1 to %2 (%n day(s))", nullptr, static_cast<int>(days)).arg(dateText(d.from), dateText(d.to)));
    p.setPen(muted);
    p.setFont(font(8));
    p.drawText(QRectF(margin, margin + 24, width, 12), Qt::AlignRight | Qt::AlignBottom,
               tr("Prepared %1 with Unknot").arg(dateText(d.preparedOn)));
    if (!d.scope.isEmpty()) {
        p.drawText(QPointF(margin, margin + 48), d.scope);
    }

    // Laid out top to bottom: the map's panel is one line when nothing was marked, and the table gets the rest.
    drawSummary(p, QRectF(margin, 102, width, 54), d);

    heading(p, 180, tr("Pain over time"), tr("0 no pain · 1–3 mild · 4–6 moderate · 7–10 severe"));
    drawTrend(p, QRectF(margin, 190, width, 158), d);
    drawLegend(p, 364, d);

    double y = 390;
    heading(p, y, tr("Where it hurt"), tr("how often each place was marked in a rating"));
    ReportMapPanel::paint(p, QRectF(margin, y + 10, width, ReportMapPanel::height(d)), d);
    y += 10 + ReportMapPanel::height(d) + 24;

    int weeksWithSessions = 0;
    for (const TrendBucket& week : d.sessionsPerWeek) {
        weeksWithSessions += week.count > 0 ? 1 : 0;
    }
    const double perWeek = static_cast<double>(d.sessions) * 7 / static_cast<double>(days);
    heading(
        p, y, tr("Sessions per week"),
        tr("%1 a week on average; %2 of %n week(s) with a session", nullptr, static_cast<int>(d.sessionsPerWeek.size()))
            .arg(QLocale().toString(perWeek, 'f', 1))
            .arg(weeksWithSessions));
    drawWeeks(p, QRectF(margin, y + 8, width, 62), d);
    y += 8 + 62 + 26;

    const double footerTop = ReportWriter::pageHeight - 56;
    heading(p, y, tr("Routines done"), tr("change = after minus before; below 0 is less pain"));
    drawRoutines(p, QRectF(margin, y + 8, width, footerTop - 8 - (y + 8)), d);

    p.setPen(QPen(grid, 0.8));
    p.drawLine(QPointF(margin, footerTop), QPointF(ReportWriter::pageWidth - margin, footerTop));
    p.setPen(muted);
    p.setFont(font(7.5));
    p.drawText(QRectF(margin, footerTop + 5, width, 36), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
               tr("These are the person's own pain ratings on the 0–10 scale, recorded in Unknot before and after "
                  "self-care routines and at other times. Unknot is a self-care journal: it does not diagnose, and "
                  "this report is not a medical assessment."));
}

} // namespace unknot
