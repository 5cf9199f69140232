#include "Log.h"

#include "OwnerOnly.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace unknot::log {

void init(const QString& logDirectory, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (!logDirectory.isEmpty() && OwnerOnly::makeFolder(logDirectory)) {
        try {
            const QString path = QDir(logDirectory).filePath(QStringLiteral("unknot.log"));
            // The log names routines and files: private like the journal, including the rotated copies.
            // unknot*.log, matched by hand: QDir's name filters use a regular expression (PCRE2, half a MiB).
            for (const QString& name : QDir(logDirectory).entryList(QDir::Files)) {
                if (name.startsWith(QLatin1String("unknot"), Qt::CaseInsensitive) &&
                    name.endsWith(QLatin1String(".log"), Qt::CaseInsensitive)) {
                    OwnerOnly::restrictFile(QDir(logDirectory).filePath(name));
                }
            }
            const OwnerOnly guard;
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 1024 * 1024, 2));
        } catch (const spdlog::spdlog_ex&) {
            // No log file is not a reason to stop the app; stderr may still work.
        }
    }
    if (verbose) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    }
    auto logger = std::make_shared<spdlog::logger>("unknot", sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

void info(const QString& message)
{
    spdlog::info(message.toStdString());
}

void warn(const QString& message)
{
    spdlog::warn(message.toStdString());
}

void error(const QString& message)
{
    spdlog::error(message.toStdString());
}

} // namespace unknot::log
