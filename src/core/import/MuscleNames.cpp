#include "MuscleNames.h"

#include <QHash>

namespace unknot {

const QList<MuscleNames::Entry>& MuscleNames::table()
{
    // free-exercise-db names its muscles with: abdominals, abductors, adductors, biceps, calves, chest, forearms,
    // glutes, hamstrings, lats, lower back, middle back, neck, quadriceps, shoulders, traps, triceps. Those the
    // library describes are here, with the library's own names and aliases and common synonyms.
    static const QList<Entry> entries{
        // The trapezius in three parts: "traps" in gym words are the shrugging upper fibres.
        {QStringLiteral("traps"), {QStringLiteral("upper-trapezius")}},
        {QStringLiteral("upper traps"), {QStringLiteral("upper-trapezius")}},
        {QStringLiteral("upper trapezius"), {QStringLiteral("upper-trapezius")}},
        {QStringLiteral("trapezius"),
         {QStringLiteral("upper-trapezius"), QStringLiteral("middle-trapezius"), QStringLiteral("lower-trapezius")}},
        {QStringLiteral("middle traps"), {QStringLiteral("middle-trapezius")}},
        {QStringLiteral("mid traps"), {QStringLiteral("middle-trapezius")}},
        {QStringLiteral("middle trapezius"), {QStringLiteral("middle-trapezius")}},
        {QStringLiteral("lower traps"), {QStringLiteral("lower-trapezius")}},
        {QStringLiteral("lower trapezius"), {QStringLiteral("lower-trapezius")}},
        // "Middle back" in free-exercise-db is rows and reverse flies: the muscles between the shoulder blades.
        {QStringLiteral("middle back"), {QStringLiteral("middle-trapezius"), QStringLiteral("rhomboids")}},
        {QStringLiteral("mid back"), {QStringLiteral("middle-trapezius"), QStringLiteral("rhomboids")}},
        {QStringLiteral("upper back"), {QStringLiteral("middle-trapezius"), QStringLiteral("rhomboids")}},
        {QStringLiteral("rhomboids"), {QStringLiteral("rhomboids")}},
        {QStringLiteral("rhomboid"), {QStringLiteral("rhomboids")}},
        {QStringLiteral("levator scapulae"), {QStringLiteral("levator-scapulae")}},
        {QStringLiteral("infraspinatus"), {QStringLiteral("infraspinatus")}},
        {QStringLiteral("rotator cuff"), {QStringLiteral("infraspinatus")}},
        {QStringLiteral("serratus anterior"), {QStringLiteral("serratus-anterior")}},
        {QStringLiteral("serratus"), {QStringLiteral("serratus-anterior")}},
        {QStringLiteral("lower back"), {QStringLiteral("erector-spinae")}},
        {QStringLiteral("erector spinae"), {QStringLiteral("erector-spinae")}},
        {QStringLiteral("spinal erectors"), {QStringLiteral("erector-spinae")}},
        {QStringLiteral("back extensors"), {QStringLiteral("erector-spinae")}},
        {QStringLiteral("paraspinals"), {QStringLiteral("erector-spinae")}},
        {QStringLiteral("lats"), {QStringLiteral("latissimus-dorsi")}},
        {QStringLiteral("lat"), {QStringLiteral("latissimus-dorsi")}},
        {QStringLiteral("latissimus dorsi"), {QStringLiteral("latissimus-dorsi")}},
        {QStringLiteral("chest"), {QStringLiteral("pectorals")}},
        {QStringLiteral("pecs"), {QStringLiteral("pectorals")}},
        {QStringLiteral("pectorals"), {QStringLiteral("pectorals")}},
        {QStringLiteral("pectoralis major"), {QStringLiteral("pectorals")}},
        {QStringLiteral("pectoralis minor"), {QStringLiteral("pectoralis-minor")}},
        {QStringLiteral("pec minor"), {QStringLiteral("pectoralis-minor")}},
        {QStringLiteral("glutes"), {QStringLiteral("glutes")}},
        {QStringLiteral("gluteus maximus"), {QStringLiteral("glutes")}},
        {QStringLiteral("buttocks"), {QStringLiteral("glutes")}},
        {QStringLiteral("suboccipitals"), {QStringLiteral("suboccipitals")}},
        {QStringLiteral("neck"), {QStringLiteral("neck-muscles")}},
        {QStringLiteral("neck muscles"), {QStringLiteral("neck-muscles")}},
        {QStringLiteral("intercostals"), {QStringLiteral("intercostals")}},
    };
    return entries;
}

QString MuscleNames::normalized(const QString& name)
{
    QString text = name.left(100).toLower();
    text.replace(u'-', u' ');
    text.replace(u'_', u' ');
    return text.simplified();
}

QStringList MuscleNames::match(const QString& name)
{
    static const QHash<QString, QStringList> byName = [] {
        QHash<QString, QStringList> map;
        for (const Entry& entry : table()) {
            map.insert(entry.name, entry.ids);
        }
        return map;
    }();
    return byName.value(normalized(name));
}

QStringList MuscleNames::allIds()
{
    QStringList ids;
    for (const Entry& entry : table()) {
        for (const QString& id : entry.ids) {
            if (!ids.contains(id)) {
                ids.append(id);
            }
        }
    }
    return ids;
}

} // namespace unknot
