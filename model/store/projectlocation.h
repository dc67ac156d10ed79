// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Tessera {

/**
 * Where a project lives: a `.tessera` file (SQLite, the default) or a PostgreSQL database named by
 * a `postgresql://[user[:password]@][host][:port]/database[?options]` URL (the team server).
 * ProjectStore opens a location; nothing else opens a database by path or URL.
 *
 * Built from what a user typed (a command-line argument, a recent-projects entry): a string that
 * starts with `postgresql://` or `postgres://` is a server URL, anything else a file path, made
 * absolute. The conversion from QString is implicit on purpose, as QUrl's is: every path a caller
 * holds is a valid location. A password in a URL is kept for connecting only: display() and
 * toString() leave it out, so it never reaches a log, a title bar or the settings.
 */
class ProjectLocation
{
public:
    enum class Kind { None, File, PostgreSql };

    ProjectLocation() = default;
    ProjectLocation(const QString &pathOrUrl); // NOLINT(google-explicit-constructor): see above
    ProjectLocation(const char *pathOrUrl)
        : ProjectLocation(QString::fromUtf8(pathOrUrl))
    {}

    static bool isServerUrl(const QString &text);

    Kind kind() const { return m_kind; }
    bool isFile() const { return m_kind == Kind::File; }
    bool isServer() const { return m_kind == Kind::PostgreSql; }
    /** False for an empty string or a URL that names no database (errorString() says why). */
    bool isValid() const { return m_error.isEmpty() && m_kind != Kind::None; }
    QString errorString() const { return m_error; }

    /** The project file (absolute), empty for a server project. */
    QString filePath() const { return m_kind == Kind::File ? m_path : QString(); }
    /** The file's folder, where relative media paths start; empty for a server project. */
    QString folder() const;
    /** A short name for titles and default file names: the file's base name or the database. */
    QString name() const;
    /** For messages: the native file path, or the URL without its password. */
    QString display() const;
    /** What can be stored and parsed again: the absolute path, or the URL without its password. */
    QString toString() const;

    // Server parts (empty / 0 for a file). Host empty: the local socket.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    /**
     * libpq's connection string (key=value pairs, quoted), password included when the URL gave
     * one; else libpq reads ~/.pgpass or PGPASSWORD.
     */
    QString connectionString() const;

    bool operator==(const ProjectLocation &other) const;
    bool operator!=(const ProjectLocation &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::None;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_password;
    QString m_database;
    QString m_options; // the URL's query, key=value&...
    QString m_error;
};

} // namespace Tessera
