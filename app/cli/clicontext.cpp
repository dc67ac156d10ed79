// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "clicontext.h"

#include "util/identity.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace Tessera::Cli {

Context::Context(const QString &command, const QStringList &arguments)
    : m_command(command)
    , m_arguments(arguments)
{
    m_parser.setApplicationDescription(
            QCoreApplication::translate("cli", "tessera-cli %1").arg(command));
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("json"),
                        QCoreApplication::translate("cli", "Print the result as JSON.")});
}

bool Context::parse(int *exitCode, bool needsProject)
{
    QStringList args = m_arguments;
    args.prepend(QStringLiteral("tessera-cli ") + m_command);
    if (!m_parser.parse(args)) {
        *exitCode
                = fail(m_parser.errorText() + QStringLiteral("\n\n") + m_parser.helpText(), Usage);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        print(m_parser.helpText());
        *exitCode = Ok;
        return false;
    }
    if (needsProject && projectArgument().isEmpty()) {
        *exitCode = fail(QCoreApplication::translate("cli", "missing PROJECT argument\n\n")
                                 + m_parser.helpText(),
                         Usage);
        return false;
    }
    return true;
}

std::unique_ptr<ProjectStore> Context::openProject()
{
    QString error;
    std::unique_ptr<ProjectStore> store
            = ProjectStore::open(ProjectLocation(projectArgument()), &error);
    if (!store) {
        fail(error);
        return nullptr;
    }
    store->setAuthor(Identity::currentUserName());
    return store;
}

void Context::print(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Context::printJson(const QJsonObject &object)
{
    print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int Context::fail(const QString &message, ExitCode code)
{
    endProgress();
    // Logged to the file and, through the console sink, printed on stderr.
    Logging::error(QStringLiteral("tessera-cli %1: %2").arg(m_command, message));
    return code;
}

JobControl Context::progressControl(const QString &what)
{
    JobControl control;
    const bool terminal = isatty(fileno(stderr));
    control.progress = [this, what, terminal](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        const int percent = int(done * 100 / total);
        if (terminal) {
            std::fprintf(stderr, "\r%s: %d%% (%lld/%lld)", what.toLocal8Bit().constData(), percent,
                         static_cast<long long>(done), static_cast<long long>(total));
            m_progressShown = true;
        } else if (percent / 10 != m_lastDecile) {
            m_lastDecile = percent / 10;
            std::fprintf(stderr, "%s: %d%% (%lld/%lld)\n", what.toLocal8Bit().constData(), percent,
                         static_cast<long long>(done), static_cast<long long>(total));
        }
        std::fflush(stderr);
    };
    return control;
}

void Context::endProgress()
{
    if (m_progressShown) {
        std::fputc('\n', stderr);
        m_progressShown = false;
    }
}

std::optional<double> parsePercent(const QString &text)
{
    bool ok = false;
    const double v = QString(text).remove(QLatin1Char('%')).trimmed().toDouble(&ok);
    if (!ok || v < 0 || v > 100)
        return std::nullopt;
    return v;
}

} // namespace Tessera::Cli
