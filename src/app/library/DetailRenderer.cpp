#include "library/DetailRenderer.h"

#include "common/OwnMark.h"
#include "common/Tone.h"

#include "LibraryRepository.h"
#include "figures/FigurePainter.h"

namespace unknot {

namespace html {

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString heading(const QString& text)
{
    return QStringLiteral("<h1>%1</h1>").arg(escape(text));
}

QString paragraphs(const QStringList& paragraphs)
{
    QString out;
    for (const auto& paragraph : paragraphs) {
        out += QStringLiteral("<p>%1</p>").arg(escape(paragraph));
    }
    return out;
}

QString section(const QString& title, const QString& body)
{
    if (body.isEmpty()) {
        return {};
    }
    return QStringLiteral("<h2>%1</h2>%2").arg(escape(title), body);
}

QString links(const QList<ItemSummary>& items, const QString& emptyText)
{
    if (items.isEmpty()) {
        return emptyText.isEmpty() ? QString() : QStringLiteral("<p class='quiet'>%1</p>").arg(escape(emptyText));
    }
    QString out = QStringLiteral("<ul class='links'>");
    for (const auto& item : items) {
        out += QStringLiteral("<li><a href='%1'>%2</a> <span class='quiet'>— %3</span></li>")
                   .arg(item.ref.toUrl().toString(), escape(OwnMark::listLabel(item.name, item.own)),
                        escape(item.summary));
    }
    return out + QStringLiteral("</ul>");
}

QString bullets(const QStringList& items)
{
    if (items.isEmpty()) {
        return {};
    }
    QString out = QStringLiteral("<ul>");
    for (const auto& item : items) {
        out += QStringLiteral("<li>%1</li>").arg(escape(item));
    }
    return out + QStringLiteral("</ul>");
}

QString numbered(const QStringList& items)
{
    QString out = QStringLiteral("<ol>");
    for (const auto& item : items) {
        out += QStringLiteral("<li>%1</li>").arg(escape(item));
    }
    return out + QStringLiteral("</ol>");
}

QString note(const QString& cssClass, const QString& body)
{
    // A one-cell table is the only box with padding and a background that QTextDocument draws.
    return QStringLiteral("<table class='%1' width='100%' cellpadding='12'><tr><td>%2</td></tr></table>")
        .arg(cssClass, body);
}

} // namespace html

QString durationText(int seconds)
{
    if (seconds < 60) {
        return DetailRenderer::tr("%n second(s)", nullptr, seconds);
    }
    const int minutes = (seconds + 30) / 60;
    if (minutes < 60) {
        return DetailRenderer::tr("about %n minute(s)", nullptr, minutes);
    }
    return DetailRenderer::tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

DetailRenderer::DetailRenderer(const LibraryRepository& library)
    : m_library(library)
{
}

QString DetailRenderer::styleSheet(const QPalette& palette)
{
    // The page's colours, light or dark as the palette is; every text reads at 4.5:1 or more on its ground.
    const bool dark = tone::isDark(palette);
    const auto c = [dark](const char* light, const char* darkOne) { return QLatin1String(dark ? darkOne : light); };
    return QStringLiteral(
               "body { color: %1; }"
               "h1 { font-size: 22pt; font-weight: 600; color: %2; margin-bottom: 2px; }"
               "h2 { font-size: 14pt; font-weight: 600; color: %3; margin-top: 18px; margin-bottom: 4px; }"
               "p { margin-top: 4px; margin-bottom: 8px; }"
               "li { margin-bottom: 4px; }"
               "a { color: %4; text-decoration: none; font-weight: 600; }"
               ".lead { font-size: 13pt; color: %5; }"
               ".quiet { color: %6; }"
               ".own { color: %7; font-weight: 600; }"
               ".dose { background-color: %8; }"
               ".care { background-color: %9; }"
               ".flag { background-color: %10; }"
               ".source { color: %11; font-size: 9pt; }")
        .arg(c("#26343a", "#e4e8e7"), c("#1f4b57", "#9fd6e0"), c("#2c5d69", "#8cc7d2"), c("#1d6f80", "#7cc4d2"),
             c("#4b5e64", "#c3cdcf"), c("#6b7b80", "#a9b5b8"), c("#1d6f50", "#7fd1a6"), c("#e8f3f1", "#213a3a"),
             c("#fdf3e3", "#3a3222"))
        .arg(c("#fbe9e7", "#432a26"), c("#7b8a8f", "#98a4a7"));
}

QString DetailRenderer::render(const ItemRef& ref) const
{
    QString body;
    switch (ref.kind) {
    case ItemKind::Cause:
        body = cause(ref.id);
        break;
    case ItemKind::Muscle:
        body = muscle(ref.id);
        break;
    case ItemKind::Technique:
        body = technique(ref.id);
        break;
    case ItemKind::Exercise:
        body = exercise(ref.id);
        break;
    case ItemKind::Routine:
        body = routine(ref.id);
        break;
    }
    if (body.isEmpty()) {
        body = html::heading(tr("Not in the library")) +
               html::paragraphs({tr("This item is no longer in the library. Pick another one from the list, or "
                                    "search for what you need.")});
    }
    return body;
}

QString DetailRenderer::top(const ItemBase& item, const QString& lead) const
{
    QString out = html::heading(item.name);
    if (!item.aliases.isEmpty()) {
        out += QStringLiteral("<p class='quiet'>%1</p>")
                   .arg(html::escape(tr("Also called: %1").arg(item.aliases.join(QStringLiteral(", ")))));
    }
    if (item.own) {
        // The person's own: marked, with where it came from, so it is never taken for the library's advice.
        QString own = QStringLiteral("<span class='own'>%1</span>").arg(html::escape(OwnMark::word()));
        if (!item.origin.isEmpty()) {
            own += QStringLiteral(" · ") + html::escape(item.origin);
        }
        out += QStringLiteral("<p class='quiet'>%1</p>").arg(own);
    }
    if (!lead.isEmpty()) {
        out += QStringLiteral("<p class='lead'>%1</p>").arg(html::escape(lead));
    }
    if (!item.seeDoctor.isEmpty()) {
        // Before any self-care text, so it is read first.
        out += html::note(QStringLiteral("flag"),
                          QStringLiteral("<b>%1</b> %2").arg(tr("See a doctor first."), html::escape(item.seeDoctor)));
    }
    return out;
}

QString DetailRenderer::sourceLine(const QStringList& ids) const
{
    QStringList titles;
    const QList<Source> sources = m_library.sources();
    for (const QString& id : ids) {
        for (const auto& source : sources) {
            if (source.id == id) {
                titles.append(source.kind == QLatin1String("seed") ? QStringLiteral("%1 (%2)").arg(source.title, id)
                                                                   : source.title);
            }
        }
    }
    if (titles.isEmpty()) {
        return {};
    }
    return QStringLiteral("<p class='source'>%1</p>")
        .arg(html::escape(tr("Based on: %1").arg(titles.join(QStringLiteral("; ")))));
}

QString DetailRenderer::askFirstNote(const QStringList& askFirst)
{
    if (askFirst.isEmpty()) {
        return {};
    }
    // Near the top, before the how-to: who should not start at all is read before how to start.
    return html::note(QStringLiteral("care"), QStringLiteral("<b>%1</b>")
                                                      .arg(html::escape(tr("Skip it, or ask a doctor or "
                                                                           "physiotherapist first, if:"))) +
                                                  html::bullets(askFirst));
}

QString DetailRenderer::cautionSection(const QStringList& cautions) const
{
    QStringList safely = cautions;
    safely.append(stopRule());
    return html::section(tr("Take care"), html::note(QStringLiteral("care"), html::bullets(safely)));
}

QString DetailRenderer::stopRule() const
{
    return m_library.safety().stopRule;
}

QString DetailRenderer::cause(const QString& id) const
{
    const auto item = m_library.cause(id);
    if (!item) {
        return {};
    }
    QString out = top(*item, item->summary);
    out += html::section(tr("What it is"), html::paragraphs(item->what));
    out += html::section(tr("How it leads to upper back pain"), html::paragraphs(item->how));
    out += html::section(tr("Muscles it strains"), html::links(m_library.summaries(ItemKind::Muscle, item->muscles)));
    out += html::section(tr("Techniques that help"),
                         html::links(m_library.summaries(ItemKind::Technique, item->techniques)));
    out +=
        html::section(tr("Exercises that help"), html::links(m_library.summaries(ItemKind::Exercise, item->exercises)));
    return out + sourceLine(item->sources);
}

QString DetailRenderer::muscle(const QString& id) const
{
    const auto item = m_library.muscle(id);
    if (!item) {
        return {};
    }
    const ItemRef self{ItemKind::Muscle, id};
    QString out = top(*item, QStringLiteral("%1 · %2").arg(Muscle::areaName(item->area), item->summary));
    out += html::section(tr("Where it is"), html::paragraphs(item->where));
    out += html::section(tr("What it does"), html::paragraphs(item->does));
    out += html::section(tr("How it feels when it hurts"), html::paragraphs(item->feelsLike));
    out += html::section(tr("What tightens it"), html::paragraphs(item->tightenedBy));
    out += html::section(tr("Exercises that reach it"),
                         html::links(m_library.linkingTo(self, ItemKind::Exercise),
                                     tr("No exercise in the library targets this muscle directly yet.")));
    out += html::section(tr("Self-massage and techniques that reach it"),
                         html::links(m_library.linkingTo(self, ItemKind::Technique)));
    out += html::section(tr("Causes that strain it"), html::links(m_library.linkingTo(self, ItemKind::Cause)));
    return out + sourceLine(item->sources);
}

QString DetailRenderer::technique(const QString& id) const
{
    const auto item = m_library.technique(id);
    if (!item) {
        return {};
    }
    const ItemRef self{ItemKind::Technique, id};
    QString out = top(*item, QStringLiteral("%1 · %2").arg(Technique::categoryName(item->category), item->summary));
    out += html::section(tr("What it is"), html::paragraphs(item->what));
    out += askFirstNote(item->askFirst);
    out += html::section(tr("How it helps"), html::paragraphs(item->howItHelps));
    if (!item->selfCare.isEmpty()) {
        QString care = html::numbered(item->selfCare.steps);
        const auto detail = [](const QString& label, const QString& text) {
            return text.isEmpty() ? QString() : QStringLiteral("<p><b>%1:</b> %2</p>").arg(label, html::escape(text));
        };
        care += detail(tr("What you need"), item->selfCare.tools);
        care += detail(tr("How firm"), item->selfCare.pressure);
        care += detail(tr("How long"), item->selfCare.duration);
        out += html::section(tr("Doing it yourself"), care);
    }
    out += cautionSection(item->cautions);
    out += html::section(tr("Muscles it reaches"), html::links(m_library.summaries(ItemKind::Muscle, item->muscles)));
    out += html::section(tr("Exercises that go with it"),
                         html::links(m_library.summaries(ItemKind::Exercise, item->exercises)));
    out += html::section(tr("Routines that use it"), html::links(m_library.linkingTo(self, ItemKind::Routine)));
    out += html::section(tr("Helps with"), html::links(m_library.linkingTo(self, ItemKind::Cause)));
    return out + sourceLine(item->sources);
}

QUrl DetailRenderer::stripUrl(int set)
{
    return QUrl(QStringLiteral("figure:strip/%1").arg(set));
}

QString DetailRenderer::keyPositions(const Exercise& item)
{
    // The images are the page's resources (see LibraryView): one strip for each set that moves its own way.
    const QList<int> sets = figurepaint::distinctSets(item.figure);
    QString out;
    for (const int set : sets) {
        if (sets.size() > 1) {
            out += QStringLiteral("<p class='quiet'>%1</p>").arg(html::escape(item.dose.sets.value(set)));
        }
        out += QStringLiteral("<p><img src='%1'></p>").arg(stripUrl(set).toString());
    }
    return out;
}

QString DetailRenderer::exercise(const QString& id) const
{
    const auto item = m_library.exercise(id);
    if (!item) {
        return {};
    }
    const ItemRef self{ItemKind::Exercise, id};
    QString out = top(*item, item->summary);
    QString dose = QStringLiteral("<span style='font-size:15pt'><b>%1</b></span>").arg(html::escape(item->dose.text));
    if (!item->dose.sets.isEmpty()) {
        //: Joins the sides or directions of an exercise: "left side, then right side".
        const QString then = tr(", then ");
        dose += QStringLiteral("<br>") + html::escape(tr("Once for each: %1").arg(item->dose.sets.join(then)));
    }
    dose += QStringLiteral("<br><span class='quiet'>%1</span>")
                .arg(html::escape(tr("Takes %1.").arg(durationText(item->dose.estimatedSeconds()))));
    if (!item->dose.fromSeed) {
        const QString why = item->dose.notFromSeed.isEmpty() ? tr("A gentle starting point: the source gives no count.")
                                                             : item->dose.notFromSeed;
        dose += QStringLiteral("<br><span class='quiet'>%1 %2</span>")
                    .arg(html::escape(why), html::escape(tr("Adjust it to what feels comfortable.")));
    }
    if (!item->equipment.isEmpty()) {
        dose += QStringLiteral("<br>") + html::escape(tr("You need: %1").arg(item->equipment));
    }
    out += html::note(QStringLiteral("dose"), dose);
    out += askFirstNote(item->askFirst);
    out += html::section(tr("How to do it"), html::numbered(item->steps));
    out += html::section(tr("Key positions"), keyPositions(*item));
    out += html::section(tr("Why it helps"), html::paragraphs(item->why));
    out += html::section(tr("Muscles worked"), html::links(m_library.summaries(ItemKind::Muscle, item->muscles)));
    out += cautionSection(item->cautions);
    out += html::section(tr("In these routines"), html::links(m_library.linkingTo(self, ItemKind::Routine)));
    out += html::section(tr("Helps with"), html::links(m_library.linkingTo(self, ItemKind::Cause)));
    return out + sourceLine(item->sources);
}

QString DetailRenderer::routine(const QString& id) const
{
    const auto item = m_library.routine(id);
    if (!item) {
        return {};
    }
    static const QHash<QString, const char*> places{{QStringLiteral("desk"), QT_TR_NOOP("at your desk")},
                                                    {QStringLiteral("floor"), QT_TR_NOOP("on the floor")},
                                                    {QStringLiteral("bed"), QT_TR_NOOP("on a bed")},
                                                    {QStringLiteral("anywhere"), QT_TR_NOOP("anywhere")}};
    QString out = top(*item, item->summary);
    const char* place = places.value(item->place);
    //: How long a routine takes and where, e.g. "Takes about 4 minutes, at your desk".
    const QString takes =
        tr("<b>Takes %1</b>, %2").arg(durationText(m_library.estimatedSeconds(*item)), place ? tr(place) : QString());
    QString count = tr("%n step(s)", nullptr, static_cast<int>(item->steps.size()));
    if (item->restSeconds > 0) {
        count = tr("%1, with %2 of rest between them").arg(count, durationText(item->restSeconds));
    }
    out += html::note(QStringLiteral("dose"),
                      QStringLiteral("<span style='font-size:15pt'>%1</span><br>%2").arg(takes, html::escape(count)));
    out += html::section(tr("What it is for"), html::paragraphs(item->purpose));
    QString steps = QStringLiteral("<table width='100%' cellpadding='6'>");
    int number = 0;
    // What the routine needs, each with the steps that need it: derived from the exercises, so written once.
    QStringList needs;
    QHash<QString, QStringList> needSteps;
    const auto need = [&](const QString& what, int step) {
        if (!needSteps.contains(what)) {
            needs.append(what);
        }
        needSteps[what].append(QString::number(step));
    };
    static const QHash<QString, const char*> placeNeeds{
        {QStringLiteral("floor"), QT_TR_NOOP("A mat or a soft floor")},
        {QStringLiteral("bed"), QT_TR_NOOP("The edge of a bed")},
        {QStringLiteral("chair"), QT_TR_NOOP("A steady chair")},
        {QStringLiteral("wall"), QT_TR_NOOP("A clear stretch of wall")}};
    for (const auto& step : item->steps) {
        QString what;
        QString dose;
        if (step.kind == RoutineStep::Kind::Exercise) {
            const auto exercise = m_library.exercise(step.exercise);
            if (exercise && placeNeeds.contains(exercise->position)) {
                need(tr(placeNeeds.value(exercise->position)), number + 1);
            }
            if (exercise && !exercise->equipment.isEmpty()) {
                need(exercise->equipment, number + 1);
            }
            what = exercise ? QStringLiteral("<a href='%1'>%2</a>")
                                  .arg(ItemRef{ItemKind::Exercise, step.exercise}.toUrl().toString(),
                                       html::escape(exercise->name))
                            : html::escape(step.exercise);
            dose = step.overridesDose ? step.dose.text : (exercise ? exercise->dose.text : QString());
        } else {
            static const char* const names[]{"", QT_TR_NOOP("Heat"), QT_TR_NOOP("Cold"), QT_TR_NOOP("Rest")};
            what = QStringLiteral("<b>%1</b>").arg(tr(names[static_cast<int>(step.kind)]));
            dose = durationText(step.seconds);
            if (!step.text.isEmpty()) {
                dose += QStringLiteral(" — ") + step.text;
            }
        }
        steps += QStringLiteral("<tr><td width='36' class='quiet'>%1.</td><td>%2</td><td class='quiet'>%3</td></tr>")
                     .arg(++number)
                     .arg(what, html::escape(dose));
    }
    QStringList needLines;
    for (const QString& what : std::as_const(needs)) {
        const QStringList& at = needSteps.value(what);
        const QString line = what.at(0).toUpper() + what.mid(1);
        if (at.size() == item->steps.size()) {
            needLines.append(line);
        } else {
            //: Something a routine needs and the steps that need it: "A steady chair (steps 2, 5)".
            needLines.append(
                tr("%1 (step(s) %2)", nullptr, static_cast<int>(at.size())).arg(line, at.join(QStringLiteral(", "))));
        }
    }
    needLines.append(item->needs);
    out += html::section(tr("You will need"), html::bullets(needLines));
    out += html::section(tr("Steps"), steps + QStringLiteral("</table>"));
    out += html::section(tr("Take care"), html::note(QStringLiteral("care"), html::paragraphs({stopRule()})));
    out += html::section(tr("Related techniques"),
                         html::links(m_library.summaries(ItemKind::Technique, item->techniques)));
    return out + sourceLine(item->sources);
}

QString DetailRenderer::renderSafety() const
{
    const Safety safety = m_library.safety();
    QString flags;
    QString urgent;
    for (const auto& flag : safety.redFlags) {
        (flag.emergency ? urgent : flags) += QStringLiteral("<li><b>%1</b><br><span class='quiet'>%2</span></li>")
                                                 .arg(html::escape(flag.text), html::escape(flag.whatToDo));
    }
    QString out = html::heading(tr("When to see a doctor"));
    out += QStringLiteral("<p class='lead'>%1</p>")
               .arg(html::escape(tr("Unknot helps with everyday muscle tension. It cannot tell what is causing your "
                                    "pain. Some signs need a doctor first.")));
    if (!urgent.isEmpty()) {
        out += html::note(QStringLiteral("flag"),
                          QStringLiteral("<b>%1</b><ul>%2</ul>")
                              .arg(html::escape(tr("Call emergency services now if you have:")), urgent));
    }
    out += html::section(tr("See a doctor before doing these routines if you have"),
                         QStringLiteral("<ul>%1</ul>").arg(flags));
    out += html::section(tr("What to do"), html::bullets(safety.whatToDo));
    out += html::section(tr("Worth knowing"), html::bullets(safety.advice));
    out += html::section(tr("During any routine"),
                         html::note(QStringLiteral("care"), html::paragraphs({safety.stopRule})));
    return out + sourceLine(safety.sources);
}

} // namespace unknot
