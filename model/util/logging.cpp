// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace Tessera::Logging {

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("{}", text);
        break;
    case QtInfoMsg:
        spdlog::info("{}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("{}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("{}", text);
        break;
    }
}

} // namespace

QString logPath(const QString &component)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/logs/") + component + QStringLiteral(".log");
}

QString initialize(const QString &component, Console console)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString path = logPath(component);
    if (QDir().mkpath(QFileInfo(path).path())) {
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    path.toStdString(), 2 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex &) {
            path.clear(); // An unwritable log must never stop the program.
        }
    } else {
        path.clear();
    }
    if (console == Console::On) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        err->set_pattern("%v");
        sinks.push_back(err);
    }
    auto logger
            = std::make_shared<spdlog::logger>(component.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    // A crash report takes the crashed run's last lines from the file: at most a second of
    // info lines may be missing from it.
    spdlog::flush_every(std::chrono::seconds(1));
    qInstallMessageHandler(qtMessageHandler);
    return path;
}

void info(const QString &message)
{
    spdlog::info("{}", message.toStdString());
}
void warn(const QString &message)
{
    spdlog::warn("{}", message.toStdString());
}
void error(const QString &message)
{
    spdlog::error("{}", message.toStdString());
}

} // namespace Tessera::Logging
