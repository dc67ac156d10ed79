// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Tessera {

/**
 * A prepared statement of a Database: what the store's code binds and reads, the same on SQLite
 * (SqliteStatement) and PostgreSQL (PgStatement). Binding indexes start at 1, column indexes at
 * 0. step() returns true while there is a row; check ok() afterwards to tell an error from the
 * end. Statements are owned by their database's cache: never delete one.
 */
class Statement
{
public:
    virtual ~Statement() = default;

    virtual Statement &bind(int index, qint64 value) = 0;
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    virtual Statement &bind(int index, double value) = 0;
    virtual Statement &bind(int index, const QString &value) = 0; // null QString binds NULL
    /** Binds UTF-8 text; on SQLite without copying: utf8 must outlive the next step(). */
    virtual Statement &bindUtf8(int index, const QByteArray &utf8) = 0;
    virtual Statement &bindBlob(int index, const QByteArray &value) = 0;
    virtual Statement &bindNull(int index) = 0;
    Statement &bindOptional(int index, std::optional<double> value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    /** Binds NULL for 0, for optional foreign keys. */
    Statement &bindId(int index, qint64 id) { return id ? bind(index, id) : bindNull(index); }

    virtual bool step() = 0;
    /** Runs a statement that returns no rows; true on success. */
    virtual bool exec() = 0;
    virtual bool ok() const = 0;
    virtual void reset() = 0;

    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    /** Zero-copy access to a blob column, valid until the next step(). */
    virtual const char *blobData(int column, qsizetype *size) const = 0;
};

/**
 * One connection to a project's database: a project file (SqliteDatabase) or a team server
 * project (PgDatabase). The store writes its SQL once for both; where the dialects differ it asks
 * dialect() (and SqlDialect keeps the spelling of each difference in one place).
 */
class Database
{
public:
    enum class Dialect { Sqlite, PostgreSql };

    virtual ~Database() = default;

    virtual Dialect dialect() const = 0;
    bool isPostgreSql() const { return dialect() == Dialect::PostgreSql; }
    virtual bool isOpen() const = 0;
    virtual void close() = 0;

    /** Runs one or more statements that return no rows. */
    virtual bool exec(const QString &sql) = 0;
    /** Returns a cached, reset statement; nullptr (and errorString()) if it does not compile. */
    virtual Statement *prepare(const char *sql) = 0;
    virtual Statement *prepare(const QByteArray &sql) = 0;
    /** First column of the first row of a query, or nullopt. */
    virtual std::optional<qint64> queryInt(const char *sql) = 0;
    std::optional<qint64> queryInt(const QByteArray &sql) { return queryInt(sql.constData()); }

    /** The id the last INSERT on this connection gave its row. */
    virtual qint64 lastInsertId() = 0;
    /** Rows changed by the last INSERT, UPDATE or DELETE on this connection. */
    virtual qint64 changes() const = 0;
    virtual QString errorString() const = 0;
    /** True when the last error was a damaged file (SQLITE_CORRUPT or SQLITE_NOTADB). */
    virtual bool lastErrorIsCorruption() const { return false; }
    /** The last error was another connection holding the lock (SQLITE_BUSY / SQLITE_LOCKED). */
    virtual bool lastErrorIsBusy() const { return false; }
};

} // namespace Tessera
