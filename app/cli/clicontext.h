// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Tessera::Cli {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// Texts filed by lupdate under, and looked up in, the context "cli".
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

/** What every subcommand gets: its parsed arguments, output helpers and the project. */
class Context
{
public:
    Context(const QString &command, const QStringList &arguments);

    /** Parses the arguments with the options the subcommand added; handles --help. */
    bool parse(int *exitCode, bool needsProject = true);
    QCommandLineParser &parser() { return m_parser; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    /** Positional arguments after the project path. */
    QStringList rest() const { return m_parser.positionalArguments().mid(1); }
    /** What the first argument names: a project file or a postgresql:// URL. */
    QString projectArgument() const { return m_parser.positionalArguments().value(0); }

    /** Opens the project named by the first positional argument; prints the error if it fails. */
    std::unique_ptr<ProjectStore> openProject();

    void print(const QString &text);
    void printJson(const QJsonObject &object);
    int fail(const QString &message, ExitCode code = Failure);
    /** Progress on stderr: a live line on a terminal, a line per 10 % otherwise. */
    JobControl progressControl(const QString &what);
    void endProgress();

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    bool m_progressShown = false;
    int m_lastDecile = -1;
};

/** "20%", "20" or "12.5 %" as a number from 0 to 100; nullopt for anything else. */
std::optional<double> parsePercent(const QString &text);

} // namespace Tessera::Cli
