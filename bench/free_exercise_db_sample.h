#pragma once

#include <QByteArray>
#include <QString>

namespace benchdata {

/// A file shaped like free-exercise-db's dist/exercises.json (the same keys, muscle words, categories and levels,
/// names and instructions of the real file's lengths: about 1.1 kB an exercise), made up from a fixed seed so every
/// run times the same bytes. The real file has 873 exercises.
QByteArray freeExerciseDbSample(int exercises = 873);
/// Writes the sample into folder as exercises.json and returns its path; empty when it cannot be written.
QString writeFreeExerciseDbSample(const QString& folder, int exercises = 873);

} // namespace benchdata
