#pragma once

#include "JournalTransfer.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

namespace unknot {

class AppContext;

/// A CSV import or export of the journal run on a worker thread, with its own connection to the journal file, while
/// a progress dialog with Cancel stands over the window, which keeps answering. Cancelled, nothing is written: the
/// import's one transaction rolls back, and the export leaves no file. A journal kept in memory cannot be shared with
/// another thread: its import or export runs at once, on this one.
class JournalFileTask : public QObject {
    Q_OBJECT

public:
    enum class Kind { Import, Export };

    /// Ready to run kind on the CSV file at path; the dialog will stand over window.
    JournalFileTask(AppContext& context, Kind kind, QString path, QWidget* window);
    /// Cancels a run still going and waits for it: nothing is left half done.
    ~JournalFileTask() override;

    void start();
    /// Asks the worker to stop; finished() follows, telling whether anything was written after all.
    void cancel();
    bool isRunning() const;
    /// Blocks until the worker has ended (after cancel(), briefly), then reports as usual.
    void wait();

    Kind kind() const { return m_kind; }
    /// The progress dialog; null once the run has ended.
    QProgressDialog* dialog() const;

Q_SIGNALS:
    /// How far it has come: done of total (JournalTransfer::Progress); the last one of a finished run has them equal.
    void progressed(qint64 done, qint64 total);
    /// It ended. message is what to tell the person, empty when they cancelled it and nothing was written;
    /// changed is true when an import added rows.
    void finished(const QString& message, bool changed);

private:
    /// What the worker hands back; read once it has ended.
    struct Outcome {
        std::optional<Result<JournalTransfer::ImportResult>> imported;
        std::optional<Result<>> exported;
    };
    /// What the two threads share while the worker runs.
    struct Shared {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };

    static Outcome run(Kind kind, const QString& journal, const QString& path, Shared* shared);
    void showProgress();
    void end();

    AppContext& m_context;
    Kind m_kind;
    QString m_path;
    QPointer<QProgressDialog> m_dialog;
    QTimer* m_poll;
    QThread* m_thread = nullptr;
    std::unique_ptr<Shared> m_shared = std::make_unique<Shared>();
    Outcome m_outcome;
    bool m_ended = false;
};

} // namespace unknot
