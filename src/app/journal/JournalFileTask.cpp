#include "journal/JournalFileTask.h"

#include "Database.h"
#include "journal/JournalFiles.h"
#include "shell/AppContext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace unknot {

namespace {

/// How often the dialog reads how far the worker has come.
constexpr int pollMs = 50;
/// A run that ends sooner shows no dialog at all.
constexpr int showAfterMs = 300;
constexpr int steps = 1000;

} // namespace

JournalFileTask::JournalFileTask(AppContext& context, Kind kind, QString path, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_kind(kind)
    , m_path(std::move(path))
    , m_dialog(new QProgressDialog(window))
    , m_poll(new QTimer(this))
{
    const QString file = QFileInfo(m_path).fileName();
    m_dialog->setObjectName(QStringLiteral("fileProgress"));
    m_dialog->setWindowModality(Qt::NonModal); // the window stays usable; only its journal files wait
    m_dialog->setWindowTitle(kind == Kind::Import ? tr("Import a journal") : tr("Export the journal"));
    m_dialog->setLabelText(kind == Kind::Import ? tr("Adding the sessions and ratings in %1 to your journal…").arg(file)
                                                : tr("Saving your journal to %1…").arg(file));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setRange(0, steps);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(showAfterMs);
    m_dialog->setMinimumWidth(420);
    connect(m_dialog, &QProgressDialog::canceled, this, &JournalFileTask::cancel);
    m_poll->setInterval(pollMs);
    connect(m_poll, &QTimer::timeout, this, &JournalFileTask::showProgress);
}

JournalFileTask::~JournalFileTask()
{
    if (m_thread) {
        m_shared->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog;
}

void JournalFileTask::start()
{
    if (m_thread || m_ended) {
        return;
    }
    const QString journal = m_context.database().path();
    if (!m_context.journalOk() || journal.isEmpty() || journal == QLatin1String(":memory:")) {
        // A journal in memory lives on this thread's connection alone: no worker, no dialog.
        if (m_kind == Kind::Export) {
            m_outcome.exported = m_context.transfer().exportCsv(m_path);
        } else {
            QFile file(m_path);
            m_outcome.imported =
                file.open(QIODevice::ReadOnly)
                    ? m_context.transfer().importCsv(file.readAll())
                    : Result<JournalTransfer::ImportResult>(
                          Failed{Failure::Other, JournalFiles::tr("%1 could not be read: %2")
                                                     .arg(QDir::toNativeSeparators(m_path), file.errorString())});
        }
        QTimer::singleShot(0, this, &JournalFileTask::end);
        return;
    }
    m_dialog->setValue(0); // starts the dialog's clock: it shows only if the run lasts
    m_thread = QThread::create([this, journal, kind = m_kind, path = m_path, shared = m_shared.get()] {
        m_outcome = run(kind, journal, path, shared); // read on this (UI) thread only once the worker has ended
    });
    m_thread->setObjectName(QStringLiteral("journal file"));
    connect(m_thread, &QThread::finished, this, &JournalFileTask::end);
    m_thread->start();
    m_poll->start();
}

void JournalFileTask::cancel()
{
    m_shared->cancel = true;
    if (m_dialog) {
        m_dialog->setLabelText(tr("Stopping; nothing will be changed…"));
    }
}

QProgressDialog* JournalFileTask::dialog() const
{
    return m_dialog;
}

bool JournalFileTask::isRunning() const
{
    return m_thread && !m_ended;
}

void JournalFileTask::wait()
{
    if (isRunning()) {
        m_thread->wait();
        end();
    }
}

JournalFileTask::Outcome JournalFileTask::run(Kind kind, const QString& journal, const QString& path, Shared* shared)
{
    Outcome outcome;
    const JournalTransfer::Progress progress = [shared](qint64 done, qint64 total) {
        shared->done = done;
        shared->total = total;
        return !shared->cancel.load();
    };
    Database worker; // this thread's own connection to the journal, closed here when the run ends
    if (const Database::Status opened = worker.openForWorker(journal); !opened.ok()) {
        const Failed failed{Failure::Other, opened.message};
        if (kind == Kind::Import) {
            outcome.imported = failed;
        } else {
            outcome.exported = failed;
        }
        return outcome;
    }
    JournalTransfer transfer(worker.connection());
    if (kind == Kind::Export) {
        outcome.exported = transfer.exportCsv(path, {}, progress);
        return outcome;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.imported = Failed{
            Failure::Other,
            JournalFiles::tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        return outcome;
    }
    outcome.imported = transfer.importCsv(file.readAll(), {}, progress);
    return outcome;
}

void JournalFileTask::showProgress()
{
    const qint64 total = m_shared->total;
    const qint64 done = std::min(m_shared->done.load(), total);
    if (m_dialog && total > 0) {
        m_dialog->setValue(static_cast<int>(done * steps / total));
    }
    Q_EMIT progressed(done, total);
}

void JournalFileTask::end()
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    m_poll->stop();
    if (m_thread) {
        m_thread->wait(); // it has ended: nothing of it runs any more, so it can go now
        delete m_thread;
        m_thread = nullptr;
        showProgress(); // the last word on progress: equal at the end of a finished run
    }
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    QString message;
    bool changed = false;
    if (m_kind == Kind::Import) {
        const Result<JournalTransfer::ImportResult>& result = *m_outcome.imported;
        if (result || result.failure() != Failure::Cancelled) {
            message = JournalFiles::importWords(result, &changed);
        }
    } else {
        const Result<>& result = *m_outcome.exported;
        if (result || result.failure() != Failure::Cancelled) {
            message = JournalFiles::exportWords(result, m_path);
        }
    }
    Q_EMIT finished(message, changed);
}

} // namespace unknot
