#include "Movement.h"

#include <QJsonArray>
#include <algorithm>

namespace unknot {

namespace {

const QStringList& viewNames()
{
    static const QStringList names{QStringLiteral("side"), QStringLiteral("front"), QStringLiteral("top")};
    return names;
}

void setJoint(Pose& pose, Joint joint, const QJsonValue& value, const QString& where, QStringList* errors)
{
    if (!value.isDouble()) {
        errors->append(QStringLiteral("%1: \"%2\" is not a number").arg(where, jointKey(joint)));
        return;
    }
    const double number = value.toDouble();
    const JointRange range = jointRange(joint);
    if (number < range.min || number > range.max) {
        errors->append(QStringLiteral("%1: \"%2\" is %3, outside what a body can do (%4 to %5)")
                           .arg(where, jointKey(joint))
                           .arg(number)
                           .arg(range.min)
                           .arg(range.max));
        return;
    }
    pose[joint] = number;
}

/// Reads one pose; "from" starts it from another pose of the same movement.
Pose readPose(const QString& name, const QJsonObject& all, QMap<QString, Pose>& done, int depth, QStringList* errors)
{
    if (done.contains(name)) {
        return done.value(name);
    }
    const QString where = QStringLiteral("figure pose \"%1\"").arg(name);
    const QJsonObject json = all.value(name).toObject();
    Pose pose = Pose::standing();
    const QString from = json.value(QStringLiteral("from")).toString();
    if (!from.isEmpty()) {
        if (!all.contains(from) || depth > all.size()) {
            errors->append(QStringLiteral("%1: \"from\" names \"%2\", which is not a pose here (or goes round in a "
                                          "circle)")
                               .arg(where, from));
        } else {
            pose = readPose(from, all, done, depth + 1, errors);
        }
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == QLatin1String("from")) {
            continue;
        }
        if (const auto joint = jointFromKey(it.key())) {
            setJoint(pose, *joint, it.value(), where, errors);
            continue;
        }
        const auto left = jointFromKey(it.key() + QLatin1Char('L'));
        if (left && isSided(*left)) { // "elbow" sets both elbows
            setJoint(pose, *left, it.value(), where, errors);
            setJoint(pose, otherSide(*left), it.value(), where, errors);
            continue;
        }
        errors->append(QStringLiteral("%1: unknown joint \"%2\"").arg(where, it.key()));
    }
    done.insert(name, pose);
    return pose;
}

QList<Prop> readProps(const QJsonArray& array, QStringList* errors)
{
    QList<Prop> props;
    for (const auto& value : array) {
        Prop prop;
        const QJsonObject json = value.isString() ? QJsonObject{{QStringLiteral("kind"), value}} : value.toObject();
        prop.kind = json.value(QStringLiteral("kind")).toString();
        prop.at = QPointF(json.value(QStringLiteral("x")).toDouble(), json.value(QStringLiteral("y")).toDouble());
        prop.flip = json.value(QStringLiteral("flip")).toBool(false);
        if (!Prop::kinds().contains(prop.kind)) {
            errors->append(QStringLiteral("figure: unknown prop \"%1\" (known: %2)")
                               .arg(prop.kind, Prop::kinds().join(QStringLiteral(", "))));
            continue;
        }
        props.append(prop);
    }
    return props;
}

QStringList readPath(const QJsonObject& json, const QString& key, const QStringList& fallback,
                     const QMap<QString, Pose>& poses, QStringList* errors)
{
    if (!json.contains(key)) {
        return fallback;
    }
    QStringList names;
    for (const auto& value : json.value(key).toArray()) {
        const QString name = value.toString();
        if (!poses.contains(name)) {
            errors->append(QStringLiteral("figure: \"%1\" names \"%2\", which is not a pose here").arg(key, name));
            continue;
        }
        names.append(name);
    }
    return names;
}

} // namespace

const QStringList& Prop::kinds()
{
    static const QStringList names{QStringLiteral("mat"),    QStringLiteral("bed"),       QStringLiteral("chair"),
                                   QStringLiteral("wall"),   QStringLiteral("weights"),   QStringLiteral("roller"),
                                   QStringLiteral("ball"),   QStringLiteral("heat-pack"), QStringLiteral("cold-pack"),
                                   QStringLiteral("cushion")};
    return names;
}

QString Movement::viewName(FigureView view)
{
    return viewNames().at(static_cast<int>(view));
}

QList<Pose> Movement::path(const QStringList& names) const
{
    QList<Pose> out;
    for (const auto& name : names) {
        const Pose pose = poses.value(name, Pose::standing());
        out.append(mirror ? mirrored(pose) : pose);
    }
    return out;
}

QList<Pose> Movement::keyPoses() const
{
    QStringList order;
    for (const QStringList* names : {&lift, &lower, &contract, &relax, &hold}) {
        for (const auto& name : *names) {
            if (!order.contains(name)) {
                order.append(name);
            }
        }
    }
    return path(order);
}

Pose Movement::startPose() const
{
    for (const QStringList* names : {&lift, &contract, &hold}) {
        if (!names->isEmpty()) {
            return path({names->first()}).first();
        }
    }
    return mirror ? mirrored(Pose::standing()) : Pose::standing();
}

Pose Movement::peakPose() const
{
    for (const QStringList* names : {&lift, &contract, &hold}) {
        if (!names->isEmpty()) {
            return path({names->last()}).first();
        }
    }
    return startPose();
}

Movement Movement::fromJson(const QJsonObject& json, const Movement& base, QStringList* errors)
{
    Movement movement = base;
    movement.mirror = json.value(QStringLiteral("mirror")).toBool(false);
    if (json.contains(QStringLiteral("view"))) {
        const int view = static_cast<int>(viewNames().indexOf(json.value(QStringLiteral("view")).toString()));
        if (view < 0) {
            errors->append(QStringLiteral("figure: \"view\" must be one of %1").arg(viewNames().join(u", ")));
        } else {
            movement.view = static_cast<FigureView>(view);
        }
    }
    if (json.contains(QStringLiteral("frame"))) {
        const QString frame = json.value(QStringLiteral("frame")).toString();
        if (frame != QLatin1String("whole") && frame != QLatin1String("upper-body")) {
            errors->append(QStringLiteral("figure: \"frame\" must be \"whole\" or \"upper-body\""));
        }
        movement.upperBody = frame == QLatin1String("upper-body");
    }
    if (json.contains(QStringLiteral("props"))) {
        movement.props = readProps(json.value(QStringLiteral("props")).toArray(), errors);
    }
    if (json.contains(QStringLiteral("poses"))) {
        const QJsonObject all = json.value(QStringLiteral("poses")).toObject();
        movement.poses.clear();
        for (auto it = all.begin(); it != all.end(); ++it) {
            readPose(it.key(), all, movement.poses, 0, errors);
        }
    }
    const auto& poses = movement.poses;
    movement.lift = readPath(json, QStringLiteral("lift"), base.lift, poses, errors);
    QStringList down = movement.lift;
    std::reverse(down.begin(), down.end());
    movement.lower = readPath(json, QStringLiteral("lower"), json.contains(QStringLiteral("lift")) ? down : base.lower,
                              poses, errors);
    movement.contract = readPath(json, QStringLiteral("contract"), base.contract, poses, errors);
    QStringList back = movement.contract;
    std::reverse(back.begin(), back.end());
    movement.relax = readPath(json, QStringLiteral("relax"),
                              json.contains(QStringLiteral("contract")) ? back : base.relax, poses, errors);
    movement.hold = readPath(json, QStringLiteral("hold"), base.hold, poses, errors);
    return movement;
}

} // namespace unknot
