// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Tessera {

/**
 * A prepared statement owned by SqliteDatabase's cache. Binding indexes start at 1, column
 * indexes at 0. step() returns true while there is a row; check ok() afterwards for errors.
 */
class SqliteStatement
{
public:
    explicit SqliteStatement(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {}

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &value); // null QString binds NULL
    /** Binds UTF-8 text without copying: utf8 must outlive the statement's next step(). */
    SqliteStatement &bindUtf8(int index, const QByteArray &utf8);
    SqliteStatement &bindBlob(int index, const QByteArray &value);
    SqliteStatement &bindNull(int index);
    SqliteStatement &bindOptional(int index, std::optional<double> value);
    /** Binds NULL for 0, for optional foreign keys. */
    SqliteStatement &bindId(int index, qint64 id);

    bool step();
    /** Runs a statement that returns no rows; true on success. */
    bool exec();
    bool ok() const { return m_ok; }
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    /** Zero-copy access to a blob column, valid until the next step(). */
    const char *blobData(int column, qsizetype *size) const;

private:
    sqlite3_stmt *m_stmt;
    bool m_ok = true;
};

/**
 * One sqlite3 connection with a cache of prepared statements. This and ProjectStore are the only
 * code that speaks SQL; everything dialect-specific to SQLite lives here and in sqldialect.h.
 */
class SqliteDatabase
{
public:
    /**
     * ReadOnlyImmutable: for a project whose folder cannot be written (no -wal/-shm can be
     * made): SQLite reads the file as it is, without locks, and writes nothing beside it.
     */
    enum OpenMode { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlyImmutable };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    bool open(const QString &path, OpenMode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    /** Runs one or more statements that return no rows. */
    bool exec(const QString &sql);
    /** Returns a cached, reset statement; nullptr (and errorString()) if it does not compile. */
    SqliteStatement *prepare(const char *sql);
    SqliteStatement *prepare(const QByteArray &sql);
    /** First column of the first row of a query, or nullopt. */
    std::optional<qint64> queryInt(const char *sql);
    std::optional<qint64> queryInt(const QByteArray &sql) { return queryInt(sql.constData()); }

    qint64 lastInsertId() const;
    int changes() const;
    QString errorString() const;
    /** True when the last error was SQLITE_CORRUPT or SQLITE_NOTADB. */
    bool lastErrorIsCorruption() const;
    /** The last error was another connection holding the lock (SQLITE_BUSY / SQLITE_LOCKED). */
    bool lastErrorIsBusy() const;

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
    QHash<QByteArray, SqliteStatement *> m_wrappers;
    QString m_openError;
};

} // namespace Tessera
