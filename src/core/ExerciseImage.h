#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace unknot {

/// One picture of an own exercise, shown in turn with the others (Workrave's slideshow of an exercise).
struct ExerciseImage {
    QString file;        ///< relative to the folder the exercise came with: no absolute path, no ".."
    int seconds = 1;     ///< how long it shows before the next
    bool mirror = false; ///< drawn flipped left to right

    static constexpr int maxImages = 50;

    QJsonObject toJson() const;
    /// True when a file name stays inside its folder: relative, no "..", no backslash or drive.
    static bool isSafeFile(const QString& file);
    /// Reads the "images" array of an exercise; problems are appended to errors.
    static QList<ExerciseImage> listFromJson(const QJsonValue& value, QStringList* errors);
};

} // namespace unknot
