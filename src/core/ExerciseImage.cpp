#include "ExerciseImage.h"

#include "ContentRules.h"
#include "Dose.h"

#include <QJsonArray>

namespace unknot {

QJsonObject ExerciseImage::toJson() const
{
    QJsonObject json{{QStringLiteral("file"), file}, {QStringLiteral("seconds"), seconds}};
    if (mirror) {
        json.insert(QStringLiteral("mirror"), true);
    }
    return json;
}

bool ExerciseImage::isSafeFile(const QString& name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':')) {
        return false;
    }
    const QStringList parts = name.split(u'/');
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String(".")) {
            return false;
        }
    }
    return true;
}

QList<ExerciseImage> ExerciseImage::listFromJson(const QJsonValue& value, QStringList* errors)
{
    QList<ExerciseImage> images;
    if (value.isUndefined()) {
        return images;
    }
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() > maxImages) {
        errors->append(ContentRules::tr("the pictures must be a list of at most %1").arg(maxImages));
        return images;
    }
    for (const auto& entry : array) {
        const QJsonObject json = entry.toObject();
        ExerciseImage image;
        image.file = json.value(QStringLiteral("file")).toString();
        image.seconds = json.value(QStringLiteral("seconds")).toInt(-1);
        image.mirror = json.value(QStringLiteral("mirror")).toBool();
        if (!isSafeFile(image.file)) {
            errors->append(ContentRules::tr("the picture \"%1\" must be a file beside the exercise").arg(image.file));
        } else if (image.seconds <= 0 || image.seconds > Dose::maxTimedSeconds) {
            errors->append(ContentRules::tr("the picture \"%1\" must show for 1 to %2 seconds")
                               .arg(image.file)
                               .arg(Dose::maxTimedSeconds));
        } else {
            images.append(image);
        }
    }
    return images;
}

} // namespace unknot
