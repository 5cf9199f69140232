// Time to import free-exercise-db's whole file: reading the file and building the batch (parse, match muscles, check
// every item against the own-item rules), median of several runs; the same for the batch written as an Unknot pack
// file and read back; then, into a real journal, the preview and the write in one transaction, and the search time
// per keystroke with the built-in library and the imported exercises. Prints figures; asserts nothing.
#include "BuiltinContent.h"
#include "ContentPack.h"
#include "Database.h"
#include "FreeExerciseDbImport.h"
#include "LibraryRepository.h"
#include "OwnItemsImport.h"
#include "PackFile.h"
#include "free_exercise_db_sample.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace unknot;

namespace {

double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// Search as the person types "shoulder blade squeeze", five times over: the median and slowest keystroke, and the
/// text typed at the slowest.
void printSearch(const LibraryRepository& repository, const QString& label)
{
    const QString typed = QStringLiteral("shoulder blade squeeze");
    QList<std::pair<double, qsizetype>> keys;
    for (int round = 0; round < 5; ++round) {
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            QElapsedTimer key;
            key.start();
            (void)repository.search(typed.left(n));
            keys.append({static_cast<double>(key.nsecsElapsed()) / 1e6, n});
        }
    }
    std::sort(keys.begin(), keys.end());
    std::printf("search per keystroke, %s (%lld exercises): median %.2f ms, slowest %.2f ms (\"%s\")\n",
                qPrintable(label), static_cast<long long>(repository.list(ItemKind::Exercise).size()),
                keys.at(keys.size() / 2).first, keys.last().first, qPrintable(typed.left(keys.last().second)));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int exercises = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 873;
    const int runs = 9;
    QList<ContentError> errors;
    const ContentPack pack = ContentPack::fromDirectory(QStringLiteral(UNKNOT_CONTENT_DIR), &errors);
    ContentRules::Known library;
    for (const Muscle& muscle : pack.muscles()) {
        library.muscles.insert(muscle.id);
    }
    for (const Exercise& exercise : pack.exercises()) {
        library.exercises.insert(exercise.id);
    }
    QTemporaryDir folder;
    const QString path = benchdata::writeFreeExerciseDbSample(folder.path(), exercises);
    if (path.isEmpty()) {
        std::fprintf(stderr, "cannot write the sample into %s\n", qPrintable(folder.path()));
        return 1;
    }
    QFile file(path);
    const qint64 bytes = file.size();

    ImportBatch batch;
    const double freeDb = medianMs(runs, [&] { batch = FreeExerciseDbImport::read(path, library); });
    std::printf("free-exercise-db sample: %d exercises, %.0f kB\n", exercises, static_cast<double>(bytes) / 1024);
    std::printf("  read + batch: %.1f ms (median of %d); %lld exercises, %lld notes, %d skipped\n", freeDb, runs,
                static_cast<long long>(batch.exercises.size()), static_cast<long long>(batch.notes.size()),
                batch.skippedCount());

    const QByteArray packBytes = PackFile::write(batch.exercises, batch.routines);
    ImportBatch again;
    const double packMs = medianMs(runs, [&] { again = PackFile::parse(packBytes, QStringLiteral("x"), library); });
    const double writeMs = medianMs(runs, [&] { PackFile::write(batch.exercises, batch.routines); });
    std::printf("the same as an Unknot pack file: %.0f kB\n", static_cast<double>(packBytes.size()) / 1024);
    std::printf("  write: %.1f ms; parse + batch: %.1f ms (median of %d); %lld exercises\n", writeMs, packMs, runs,
                static_cast<long long>(again.exercises.size()));

    // Into a journal: the preview (every item against the library and the own items), then the write.
    Database db;
    if (!db.open(folder.filePath(QStringLiteral("journal.sqlite"))).ok()) {
        std::fprintf(stderr, "cannot open a journal in %s\n", qPrintable(folder.path()));
        return 1;
    }
    const BuiltinContent content = BuiltinContent::load();
    LibraryRepository repository(db.connection());
    if (!repository.install(content.pack, content.fingerprint).ok()) {
        std::fprintf(stderr, "cannot install the library\n");
        return 1;
    }
    printSearch(repository, QStringLiteral("built-in library only"));
    OwnItemsImport importer(db.connection());
    QElapsedTimer timer;
    timer.start();
    const ImportBatch fresh = FreeExerciseDbImport::read(path, repository.knownIds());
    const double parsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const ImportPreview preview = importer.preview(fresh.exercises, fresh.routines, fresh.exerciseLines);
    const double previewed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const auto written = importer.write(preview);
    const double total = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    std::printf("into a journal: read %.0f ms, preview %.0f ms, write %.0f ms (%d items): %.0f ms in all\n", parsed,
                previewed - parsed, total - previewed, written.ok() ? *written : -1, total);

    printSearch(repository, QStringLiteral("with the imported exercises"));
    return 0;
}
