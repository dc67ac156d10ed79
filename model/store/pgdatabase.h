// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace Tessera {

class PgDatabase;

/**
 * A prepared statement on a PostgreSQL connection, with SqliteStatement's interface so that the
 * store's code reads the same on both backends: binding indexes start at 1, column indexes at 0;
 * step() returns true while there is a row; ok() tells errors apart from the end. The SQL is
 * written with SQLite's `?` placeholders; they become `$1, $2, ...` when it is prepared.
 * Parameters go as text (blobs as binary); results come in binary and are converted here by
 * column type (integers, booleans, floats, bytea, and text-like types).
 */
class PgStatement final : public Statement
{
public:
    PgStatement(PgDatabase &db, QByteArray name, int parameters);
    /** A statement run once as it is (FETCH, which cannot be prepared); owned by the caller. */
    static std::unique_ptr<PgStatement> direct(PgDatabase &db, const QByteArray &sql);
    ~PgStatement();
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

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
    /** Rows changed by the last exec(). */
    qint64 changes() const { return m_changes; }

    qint64 int64(int column) const override;
    double real(int column) const override;
    bool isNull(int column) const override;
    QString text(int column) const override;
    QByteArray blob(int column) const override;
    const char *blobData(int column, qsizetype *size) const override;

private:
    bool run();
    PgStatement &set(int index, QByteArray value, bool binary, bool null);

    PgDatabase &m_db;
    QByteArray m_name;
    QList<QByteArray> m_values;
    QList<bool> m_null;
    QList<bool> m_binary;
    pg_result *m_result = nullptr;
    int m_row = -1;
    qint64 m_changes = 0;
    bool m_ok = true;
    bool m_direct = false; // m_name holds the SQL
};

/**
 * One libpq connection with a cache of prepared statements: the PostgreSQL side of the store
 * (team server projects), beside SqliteDatabase. Chosen over Qt's QPSQL driver because the store
 * already binds and reads columns itself: QSqlQuery would add a QVariant per value and a driver
 * package, and hide the SQLSTATE codes that tell a lost race from a broken connection.
 */
class PgDatabase final : public Database
{
public:
    PgDatabase() = default;
    ~PgDatabase();
    PgDatabase(const PgDatabase &) = delete;
    PgDatabase &operator=(const PgDatabase &) = delete;

    /** Connects with a libpq connection string (ProjectLocation::connectionString()). */
    bool open(const QString &connectionString);
    Dialect dialect() const override { return Dialect::PostgreSql; }
    void close() override;
    bool isOpen() const override { return m_conn != nullptr; }

    /** Runs one or more statements that return no rows (the simple query protocol). */
    bool exec(const QString &sql) override;
    PgStatement *prepare(const char *sql) override;
    PgStatement *prepare(const QByteArray &sql) override { return prepare(sql.constData()); }
    using Database::queryInt;
    std::optional<qint64> queryInt(const char *sql) override;
    /** lastval(): the identity (sequence) value the last INSERT on this connection took. */
    qint64 lastInsertId() override;
    qint64 changes() const override { return m_changes; }

    /**
     * COPY table (columns) FROM STDIN in text format: the fastest way in (11x prepared inserts).
     * Feed rows with copyData() (escaped by copyField()), finish with endCopy(); false and
     * errorString() on failure, after which the transaction must be rolled back.
     */
    bool beginCopy(const QString &table, const QStringList &columns);
    bool copyData(const QByteArray &rows);
    bool endCopy();
    /** One field of COPY's text format: \N for null, backslash escapes for \ tab CR LF. */
    static void appendCopyText(QByteArray &out, const QByteArray &utf8);
    static void appendCopyBytea(QByteArray &out, const QByteArray &bytes);

    /** A NOTIFY this connection received: its channel, payload and the sender's backend pid. */
    struct Notification
    {
        QByteArray channel;
        QByteArray payload;
        int senderPid = 0;
    };
    /** LISTEN on channel (an identifier); false and errorString() on failure. Kept across
     *  reconnects. */
    bool listen(const QByteArray &channel);
    /**
     * When the connection was lost (the server restarted, the network went), connects again
     * (prepared statements and LISTENs are made anew) and returns true; false when it is fine or
     * cannot be had yet. Never called by this class itself: only the caller knows that no
     * transaction is open, and statements after a reconnect would run outside the one that was.
     */
    bool reconnectIfLost();
    /**
     * With it on, prepare() and exec() call reconnectIfLost() first. For a caller that turns it
     * off while a transaction of its own is open (ProjectStore does).
     */
    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    /** Times reconnectIfLost() reconnected. */
    int reconnects() const { return m_reconnects; }
    /**
     * Reads what the server sent without waiting and returns the notifications that arrived;
     * nullopt (errorString(), SQLSTATE 08006) when the connection is gone.
     */
    std::optional<QList<Notification>> takeNotifications();
    /** The connection's socket, to wait on for notifications; -1 when not connected. */
    int socket() const;
    /** The server process serving this connection (what Notification::senderPid names). */
    int backendPid() const;

    QString errorString() const override { return m_error; }
    /**
     * libpq's messages run over lines (a hint indented below, a sentence broken in two): as one
     * line for a status bar or a message box, the sentences kept apart.
     */
    static QString oneLine(const QString &message);
    /** The SQLSTATE of the last error ("40001" a serialization failure...), empty if none. */
    QByteArray lastSqlState() const { return m_sqlState; }

    /** SQLite's `?` placeholders as PostgreSQL's `$n`, outside quotes; *count gets how many. */
    static QByteArray numberedPlaceholders(const QByteArray &sql, int *count);

    pg_conn *handle() const { return m_conn; }

private:
    friend class PgStatement;
    /** Takes the error of a failed result (or of the connection when result is null). */
    void takeError(const pg_result *result);

    pg_conn *m_conn = nullptr;
    QHash<QByteArray, PgStatement *> m_statements;
    QString m_error;
    QByteArray m_sqlState;
    qint64 m_changes = 0;
    QList<QByteArray> m_channels;
    int m_reconnects = 0;
    bool m_autoReconnect = false;
};

} // namespace Tessera
