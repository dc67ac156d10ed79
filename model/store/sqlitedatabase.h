// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Tessera {

/** A prepared statement owned by SqliteDatabase's cache (see Statement). */
class SqliteStatement final : public Statement
{
public:
    explicit SqliteStatement(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {}

    using Statement::bind;
    Statement &bind(int index, qint64 value) override;
    Statement &bind(int index, double value) override;
    Statement &bind(int index, const QString &value) override;
    Statement &bindUtf8(int index, const QByteArray &utf8) override;
    Statement &bindBlob(int index, const QByteArray &value) override;
    Statement &bindNull(int index) override;

    bool step() override;
    bool exec() override;
    bool ok() const override { return m_ok; }
    void reset() override;

    qint64 int64(int column) const override;
    double real(int column) const override;
    bool isNull(int column) const override;
    QString text(int column) const override;
    QByteArray blob(int column) const override;
    const char *blobData(int column, qsizetype *size) const override;

private:
    sqlite3_stmt *m_stmt;
    bool m_ok = true;
};

/**
 * One sqlite3 connection with a cache of prepared statements. This and ProjectStore are the only
 * code that speaks SQL; everything dialect-specific to SQLite lives here and in sqldialect.h.
 */
class SqliteDatabase final : public Database
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
    Dialect dialect() const override { return Dialect::Sqlite; }
    void close() override;
    bool isOpen() const override { return m_db != nullptr; }

    bool exec(const QString &sql) override;
    SqliteStatement *prepare(const char *sql) override;
    SqliteStatement *prepare(const QByteArray &sql) override;
    using Database::queryInt;
    std::optional<qint64> queryInt(const char *sql) override;

    qint64 lastInsertId() override;
    qint64 changes() const override;
    QString errorString() const override;
    bool lastErrorIsCorruption() const override;
    bool lastErrorIsBusy() const override;

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
    QHash<QByteArray, SqliteStatement *> m_wrappers;
    QString m_openError;
};

} // namespace Tessera
