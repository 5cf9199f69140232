#include "library/DetailRenderer.h"

#include "LibraryRepository.h"

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
                   .arg(item.ref.toUrl().toString(), escape(item.name), escape(item.summary));
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
        return seconds == 1 ? QStringLiteral("1 second") : QStringLiteral("%1 seconds").arg(seconds);
    }
    const int minutes = (seconds + 30) / 60;
    if (minutes < 60) {
        return minutes == 1 ? QStringLiteral("about 1 minute") : QStringLiteral("about %1 minutes").arg(minutes);
    }
    return QStringLiteral("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

DetailRenderer::DetailRenderer(const LibraryRepository& library)
    : m_library(library)
{
}

QString DetailRenderer::styleSheet()
{
    return QStringLiteral(
        "body { color: #26343a; }"
        "h1 { font-size: 22pt; font-weight: 600; color: #1f4b57; margin-bottom: 2px; }"
        "h2 { font-size: 14pt; font-weight: 600; color: #2c5d69; margin-top: 18px; margin-bottom: 4px; }"
        "p { margin-top: 4px; margin-bottom: 8px; }"
        "li { margin-bottom: 4px; }"
        "a { color: #1d6f80; text-decoration: none; font-weight: 600; }"
        ".lead { font-size: 13pt; color: #4b5e64; }"
        ".quiet { color: #6b7b80; }"
        ".dose { background-color: #e8f3f1; }"
        ".care { background-color: #fdf3e3; }"
        ".flag { background-color: #fbe9e7; }"
        ".source { color: #7b8a8f; font-size: 9pt; }");
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
        body = html::heading(QStringLiteral("Not in the library"))
               + html::paragraphs({QStringLiteral("This item is no longer in the library. Pick another one from the "
                                                  "list, or search for what you need.")});
    }
    return body;
}

QString DetailRenderer::top(const ItemBase& item, const QString& lead) const
{
    QString out = html::heading(item.name);
    if (!item.aliases.isEmpty()) {
        out += QStringLiteral("<p class='quiet'>%1</p>")
                   .arg(html::escape(QObject::tr("Also called: %1").arg(item.aliases.join(QStringLiteral(", ")))));
    }
    out += QStringLiteral("<p class='lead'>%1</p>").arg(html::escape(lead));
    if (!item.seeDoctor.isEmpty()) {
        // Before any self-care text, so it is read first.
        out += html::note(QStringLiteral("flag"),
                          QStringLiteral("<b>%1</b> %2").arg(QObject::tr("See a doctor first."), html::escape(item.seeDoctor)));
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
        .arg(html::escape(QObject::tr("Based on: %1").arg(titles.join(QStringLiteral("; ")))));
}

QString DetailRenderer::askFirstNote(const QStringList& askFirst)
{
    if (askFirst.isEmpty()) {
        return {};
    }
    // Near the top, before the how-to: who should not start at all is read before how to start.
    return html::note(QStringLiteral("care"),
                      QStringLiteral("<b>%1</b>").arg(html::escape(QObject::tr("Skip it, or ask a doctor or "
                                                                               "physiotherapist first, if:")))
                          + html::bullets(askFirst));
}

QString DetailRenderer::cautionSection(const QStringList& cautions) const
{
    QStringList safely = cautions;
    safely.append(stopRule());
    return html::section(QObject::tr("Take care"), html::note(QStringLiteral("care"), html::bullets(safely)));
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
    out += html::section(QStringLiteral("What it is"), html::paragraphs(item->what));
    out += html::section(QStringLiteral("How it leads to upper back pain"), html::paragraphs(item->how));
    out += html::section(QStringLiteral("Muscles it strains"), html::links(m_library.summaries(ItemKind::Muscle, item->muscles)));
    out += html::section(QStringLiteral("Techniques that help"),
                         html::links(m_library.summaries(ItemKind::Technique, item->techniques)));
    out += html::section(QStringLiteral("Exercises that help"),
                         html::links(m_library.summaries(ItemKind::Exercise, item->exercises)));
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
    out += html::section(QStringLiteral("Where it is"), html::paragraphs(item->where));
    out += html::section(QStringLiteral("What it does"), html::paragraphs(item->does));
    out += html::section(QStringLiteral("How it feels when it hurts"), html::paragraphs(item->feelsLike));
    out += html::section(QStringLiteral("What tightens it"), html::paragraphs(item->tightenedBy));
    out += html::section(QStringLiteral("Exercises that reach it"),
                         html::links(m_library.linkingTo(self, ItemKind::Exercise),
                                     QStringLiteral("No exercise in the library targets this muscle directly yet.")));
    out += html::section(QStringLiteral("Self-massage and techniques that reach it"),
                         html::links(m_library.linkingTo(self, ItemKind::Technique)));
    out += html::section(QStringLiteral("Causes that strain it"), html::links(m_library.linkingTo(self, ItemKind::Cause)));
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
    out += html::section(QStringLiteral("What it is"), html::paragraphs(item->what));
    out += askFirstNote(item->askFirst);
    out += html::section(QStringLiteral("How it helps"), html::paragraphs(item->howItHelps));
    if (!item->selfCare.isEmpty()) {
        QString care = html::numbered(item->selfCare.steps);
        const auto detail = [](const QString& label, const QString& text) {
            return text.isEmpty() ? QString() : QStringLiteral("<p><b>%1:</b> %2</p>").arg(label, html::escape(text));
        };
        care += detail(QStringLiteral("What you need"), item->selfCare.tools);
        care += detail(QStringLiteral("How firm"), item->selfCare.pressure);
        care += detail(QStringLiteral("How long"), item->selfCare.duration);
        out += html::section(QStringLiteral("Doing it yourself"), care);
    }
    out += cautionSection(item->cautions);
    out += html::section(QStringLiteral("Muscles it reaches"), html::links(m_library.summaries(ItemKind::Muscle, item->muscles)));
    out += html::section(QStringLiteral("Exercises that go with it"),
                         html::links(m_library.summaries(ItemKind::Exercise, item->exercises)));
    out += html::section(QStringLiteral("Routines that use it"), html::links(m_library.linkingTo(self, ItemKind::Routine)));
    out += html::section(QStringLiteral("Helps with"), html::links(m_library.linkingTo(self, ItemKind::Cause)));
    return out + sourceLine(item->sources);
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
        dose += QStringLiteral("<br>Once for each: %1").arg(html::escape(item->dose.sets.join(QStringLiteral(", then "))));
    }
    dose += QStringLiteral("<br><span class='quiet'>Takes %1.</span>").arg(durationText(item->dose.estimatedSeconds()));
    if (!item->dose.fromSeed) {
        const QString why = item->dose.notFromSeed.isEmpty()
                                ? QObject::tr("A gentle starting point: the source gives no count.")
                                : item->dose.notFromSeed;
        dose += QStringLiteral("<br><span class='quiet'>%1 %2</span>")
                    .arg(html::escape(why), html::escape(QObject::tr("Adjust it to what feels comfortable.")));
    }
    if (!item->equipment.isEmpty()) {
        dose += QStringLiteral("<br>You need: %1").arg(html::escape(item->equipment));
    }
    out += html::note(QStringLiteral("dose"), dose);
    out += askFirstNote(item->askFirst);
    out += html::section(QStringLiteral("How to do it"), html::numbered(item->steps));
    out += html::section(QStringLiteral("Why it helps"), html::paragraphs(item->why));
    out += html::section(QStringLiteral("Muscles worked"), html::links(m_library.summaries(ItemKind::Muscle, item->muscles)));
    out += cautionSection(item->cautions);
    out += html::section(QStringLiteral("In these routines"), html::links(m_library.linkingTo(self, ItemKind::Routine)));
    out += html::section(QStringLiteral("Helps with"), html::links(m_library.linkingTo(self, ItemKind::Cause)));
    return out + sourceLine(item->sources);
}

QString DetailRenderer::routine(const QString& id) const
{
    const auto item = m_library.routine(id);
    if (!item) {
        return {};
    }
    static const QHash<QString, QString> places{{QStringLiteral("desk"), QStringLiteral("at your desk")},
                                                {QStringLiteral("floor"), QStringLiteral("on the floor")},
                                                {QStringLiteral("bed"), QStringLiteral("on a bed")},
                                                {QStringLiteral("anywhere"), QStringLiteral("anywhere")}};
    QString out = top(*item, item->summary);
    out += html::note(QStringLiteral("dose"),
                      QStringLiteral("<span style='font-size:15pt'><b>Takes %1</b>, %2</span><br>%3 steps%4")
                          .arg(durationText(m_library.estimatedSeconds(*item)), places.value(item->place))
                          .arg(item->steps.size())
                          .arg(item->restSeconds > 0
                                   ? QStringLiteral(", with %1 of rest between them").arg(durationText(item->restSeconds))
                                   : QString()));
    out += html::section(QStringLiteral("What it is for"), html::paragraphs(item->purpose));
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
    static const QHash<QString, const char*> placeNeeds{{QStringLiteral("floor"), QT_TR_NOOP("A mat or a soft floor")},
                                                         {QStringLiteral("bed"), QT_TR_NOOP("The edge of a bed")},
                                                         {QStringLiteral("chair"), QT_TR_NOOP("A steady chair")},
                                                         {QStringLiteral("wall"), QT_TR_NOOP("A clear stretch of wall")}};
    for (const auto& step : item->steps) {
        QString what;
        QString dose;
        if (step.kind == RoutineStep::Kind::Exercise) {
            const auto exercise = m_library.exercise(step.exercise);
            if (exercise && placeNeeds.contains(exercise->position)) {
                need(QObject::tr(placeNeeds.value(exercise->position)), number + 1);
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
            static const QStringList names{QString(), QStringLiteral("Heat"), QStringLiteral("Cold"), QStringLiteral("Rest")};
            what = QStringLiteral("<b>%1</b>").arg(names.at(static_cast<int>(step.kind)));
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
            needLines.append((at.size() == 1 ? QObject::tr("%1 (step %2)") : QObject::tr("%1 (steps %2)"))
                                 .arg(line, at.join(QStringLiteral(", "))));
        }
    }
    needLines.append(item->needs);
    out += html::section(QObject::tr("You will need"), html::bullets(needLines));
    out += html::section(QStringLiteral("Steps"), steps + QStringLiteral("</table>"));
    out += html::section(QStringLiteral("Take care"), html::note(QStringLiteral("care"), html::paragraphs({stopRule()})));
    out += html::section(QStringLiteral("Related techniques"),
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
    QString out = html::heading(QStringLiteral("When to see a doctor"));
    out += QStringLiteral("<p class='lead'>Unknot helps with everyday muscle tension. It cannot tell what is causing "
                          "your pain. Some signs need a doctor first.</p>");
    if (!urgent.isEmpty()) {
        out += html::note(QStringLiteral("flag"),
                          QStringLiteral("<b>Call emergency services now if you have:</b><ul>%1</ul>").arg(urgent));
    }
    out += html::section(QStringLiteral("See a doctor before doing these routines if you have"),
                         QStringLiteral("<ul>%1</ul>").arg(flags));
    out += html::section(QStringLiteral("What to do"), html::bullets(safety.whatToDo));
    out += html::section(QObject::tr("Worth knowing"), html::bullets(safety.advice));
    out += html::section(QStringLiteral("During any routine"), html::note(QStringLiteral("care"), html::paragraphs({safety.stopRule})));
    return out + sourceLine(safety.sources);
}

} // namespace unknot
