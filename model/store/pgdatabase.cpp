// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "pgdatabase.h"

#include <QtEndian>

#include <libpq-fe.h>

#include <cstring>

namespace Tessera {

namespace {

// Type oids of pg_type.h (stable across releases) for the binary results read below.
constexpr Oid boolOid = 16;
constexpr Oid int8Oid = 20;
constexpr Oid int2Oid = 21;
constexpr Oid int4Oid = 23;
constexpr Oid float4Oid = 700;
constexpr Oid float8Oid = 701;

template<typename T>
T bigEndian(const char *bytes)
{
    T value;
    std::memcpy(&value, bytes, sizeof value);
    return qFromBigEndian(value);
}

} // namespace

// ---- PgStatement -------------------------------------------------------------------------------

PgStatement::PgStatement(PgDatabase &db, QByteArray name, int parameters)
    : m_db(db)
    , m_name(std::move(name))
    , m_values(parameters)
    , m_null(parameters, true)
    , m_binary(parameters, false)
{}

std::unique_ptr<PgStatement> PgStatement::direct(PgDatabase &db, const QByteArray &sql)
{
    auto statement = std::make_unique<PgStatement>(db, sql, 0);
    statement->m_direct = true;
    return statement;
}

PgStatement::~PgStatement()
{
    PQclear(m_result);
}

PgStatement &PgStatement::set(int index, QByteArray value, bool binary, bool null)
{
    if (index < 1 || index > m_values.size()) {
        m_ok = false; // reported by exec()
        return *this;
    }
    m_values[index - 1] = std::move(value);
    m_binary[index - 1] = binary;
    m_null[index - 1] = null;
    return *this;
}

Statement &PgStatement::bind(int index, qint64 value)
{
    return set(index, QByteArray::number(value), false, false);
}

Statement &PgStatement::bind(int index, double value)
{
    // 17 significant digits read back as the same double.
    return set(index, QByteArray::number(value, 'g', 17), false, false);
}

Statement &PgStatement::bind(int index, const QString &value)
{
    return value.isNull() ? bindNull(index) : set(index, value.toUtf8(), false, false);
}

Statement &PgStatement::bindUtf8(int index, const QByteArray &utf8)
{
    return utf8.isNull() ? bindNull(index) : set(index, utf8, false, false);
}

Statement &PgStatement::bindBlob(int index, const QByteArray &value)
{
    return set(index, value, true, false);
}

Statement &PgStatement::bindNull(int index)
{
    return set(index, QByteArray(), false, true);
}

void PgStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_changes = 0;
    m_ok = true;
}

bool PgStatement::run()
{
    const int n = int(m_values.size());
    QList<const char *> values(n);
    QList<int> lengths(n);
    QList<int> formats(n);
    for (int i = 0; i < n; ++i) {
        values[i] = m_null[i] ? nullptr : m_values[i].constData();
        lengths[i] = int(m_values[i].size());
        formats[i] = m_binary[i] ? 1 : 0;
    }
    // Binary results: numbers and blobs arrive as they are, with no text to parse or unescape
    // (half the time of text results for a page of annotations).
    m_result = m_direct ? PQexecParams(m_db.m_conn, m_name.constData(), 0, nullptr, nullptr,
                                       nullptr, nullptr, 1)
                        : PQexecPrepared(m_db.m_conn, m_name.constData(), n, values.constData(),
                                         lengths.constData(), formats.constData(), 1);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        m_db.takeError(m_result);
        m_ok = false;
        return false;
    }
    m_changes = QByteArray(PQcmdTuples(m_result)).toLongLong();
    m_db.m_changes = m_changes;
    return true;
}

bool PgStatement::step()
{
    if (!m_ok)
        return false;
    if (!m_result && !run())
        return false;
    ++m_row;
    return m_row < PQntuples(m_result);
}

bool PgStatement::exec()
{
    if (!m_ok) {
        m_db.m_error = QStringLiteral("a parameter index out of range");
        reset();
        return false;
    }
    PQclear(m_result);
    m_result = nullptr;
    const bool ok = run();
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    if (!ok)
        m_ok = true; // reusable after the caller read the error
    return ok;
}

qint64 PgStatement::int64(int column) const
{
    if (isNull(column))
        return 0;
    const char *v = PQgetvalue(m_result, m_row, column);
    switch (PQftype(m_result, column)) {
    case int8Oid:
        return bigEndian<qint64>(v);
    case int4Oid:
        return bigEndian<qint32>(v);
    case int2Oid:
        return bigEndian<qint16>(v);
    case boolOid:
        return v[0] != 0 ? 1 : 0;
    case float8Oid:
    case float4Oid:
        return qint64(real(column));
    default:
        // Text-like types (text, varchar, name, numeric is not read here): their digits.
        return QByteArray(v, PQgetlength(m_result, m_row, column)).toLongLong();
    }
}

double PgStatement::real(int column) const
{
    if (isNull(column))
        return 0;
    const char *v = PQgetvalue(m_result, m_row, column);
    switch (PQftype(m_result, column)) {
    case float8Oid: {
        const quint64 bits = bigEndian<quint64>(v);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    case float4Oid: {
        const quint32 bits = bigEndian<quint32>(v);
        float f;
        std::memcpy(&f, &bits, sizeof f);
        return f;
    }
    case int8Oid:
    case int4Oid:
    case int2Oid:
    case boolOid:
        return double(int64(column));
    default:
        return QByteArray(v, PQgetlength(m_result, m_row, column)).toDouble();
    }
}

bool PgStatement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

QString PgStatement::text(int column) const
{
    if (isNull(column))
        return QString();
    switch (PQftype(m_result, column)) {
    case int8Oid:
    case int4Oid:
    case int2Oid:
    case boolOid:
        return QString::number(int64(column));
    case float8Oid:
    case float4Oid:
        return QString::number(real(column), 'g', 17);
    default:
        // text, varchar, name, json: UTF-8 bytes in binary format as in text format.
        return QString::fromUtf8(PQgetvalue(m_result, m_row, column),
                                 PQgetlength(m_result, m_row, column));
    }
}

QByteArray PgStatement::blob(int column) const
{
    if (isNull(column))
        return QByteArray();
    return QByteArray(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

const char *PgStatement::blobData(int column, qsizetype *size) const
{
    *size = isNull(column) ? 0 : PQgetlength(m_result, m_row, column);
    return *size ? PQgetvalue(m_result, m_row, column) : nullptr;
}

// ---- PgDatabase --------------------------------------------------------------------------------

PgDatabase::~PgDatabase()
{
    close();
}

bool PgDatabase::open(const QString &connectionString)
{
    close();
    m_conn = PQconnectdb(connectionString.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        m_sqlState = "08001";
        PQfinish(m_conn);
        m_conn = nullptr;
        return false;
    }
    // Warnings (NOTICE) are not errors: they would go to stderr of the CLI.
    PQsetNoticeProcessor(
            m_conn, [](void *, const char *) {}, nullptr);
    return exec(QStringLiteral("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'"));
}

void PgDatabase::close()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

void PgDatabase::takeError(const pg_result *result)
{
    m_error = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn))
                      .trimmed();
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    m_sqlState = state ? QByteArray(state) : QByteArray();
    if (m_sqlState.isEmpty() && m_conn && PQstatus(m_conn) != CONNECTION_OK)
        m_sqlState = "08006";
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

bool PgDatabase::exec(const QString &sql)
{
    if (m_autoReconnect)
        reconnectIfLost();
    if (!m_conn) {
        m_error = QStringLiteral("not connected");
        return false;
    }
    pg_result *result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok)
        takeError(result);
    PQclear(result);
    return ok;
}

QByteArray PgDatabase::numberedPlaceholders(const QByteArray &sql, int *count)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    int n = 0;
    char quote = 0; // inside '...' or "..."
    for (const char c : sql) {
        if (quote) {
            if (c == quote)
                quote = 0;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++n);
        } else {
            out += c;
        }
    }
    if (count)
        *count = n;
    return out;
}

PgStatement *PgDatabase::prepare(const char *sql)
{
    if (m_autoReconnect)
        reconnectIfLost();
    const QByteArray key(sql);
    if (PgStatement *cached = m_statements.value(key)) {
        cached->reset();
        return cached;
    }
    if (!m_conn) {
        m_error = QStringLiteral("not connected");
        return nullptr;
    }
    int parameters = 0;
    const QByteArray text = numberedPlaceholders(key, &parameters);
    const QByteArray name = "tessera_" + QByteArray::number(m_statements.size() + 1);
    pg_result *result = PQprepare(m_conn, name.constData(), text.constData(), 0, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok)
        takeError(result);
    PQclear(result);
    if (!ok)
        return nullptr;
    auto *statement = new PgStatement(*this, name, parameters);
    m_statements.insert(key, statement);
    return statement;
}

std::optional<qint64> PgDatabase::queryInt(const char *sql)
{
    PgStatement *q = prepare(sql);
    if (!q || !q->step() || q->isNull(0))
        return std::nullopt;
    return q->int64(0);
}

qint64 PgDatabase::lastInsertId()
{
    // A round trip; RETURNING would save it, but the store's SQL is shared with SQLite, where
    // last_insert_rowid() is free. lastval() is per session, so other clients do not disturb it.
    const std::optional<qint64> id = queryInt("SELECT lastval()");
    return id.value_or(0);
}

bool PgDatabase::beginCopy(const QString &table, const QStringList &columns)
{
    const QString sql = QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT text)")
                                .arg(table, columns.join(QStringLiteral(", ")));
    pg_result *result = PQexec(m_conn, sql.toUtf8().constData());
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    if (!ok)
        takeError(result);
    PQclear(result);
    return ok;
}

bool PgDatabase::copyData(const QByteArray &rows)
{
    if (rows.isEmpty())
        return true;
    if (PQputCopyData(m_conn, rows.constData(), int(rows.size())) != 1) {
        takeError(nullptr);
        return false;
    }
    return true;
}

bool PgDatabase::endCopy()
{
    bool ok = PQputCopyEnd(m_conn, nullptr) == 1;
    if (!ok)
        takeError(nullptr);
    // The server's verdict on the whole COPY (a bad row, a constraint) comes back here.
    while (pg_result *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            if (ok)
                takeError(result);
            ok = false;
        }
        PQclear(result);
    }
    return ok;
}

bool PgDatabase::listen(const QByteArray &channel)
{
    if (!m_conn) {
        m_error = QStringLiteral("not connected");
        return false;
    }
    char *quoted = PQescapeIdentifier(m_conn, channel.constData(), size_t(channel.size()));
    if (!quoted) {
        takeError(nullptr);
        return false;
    }
    const QString sql = QStringLiteral("LISTEN ") + QString::fromUtf8(quoted);
    PQfreemem(quoted);
    if (!exec(sql))
        return false;
    if (!m_channels.contains(channel))
        m_channels.append(channel);
    return true;
}

bool PgDatabase::reconnectIfLost()
{
    if (!m_conn || PQstatus(m_conn) == CONNECTION_OK)
        return false;
    // The server-side statements went with the old session.
    qDeleteAll(m_statements);
    m_statements.clear();
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        m_sqlState = "08006";
        return false;
    }
    if (!exec(QStringLiteral("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'")))
        return false;
    const QList<QByteArray> channels = m_channels;
    for (const QByteArray &channel : channels)
        if (!listen(channel))
            return false;
    ++m_reconnects;
    return true;
}

std::optional<QList<PgDatabase::Notification>> PgDatabase::takeNotifications()
{
    // PQconsumeInput reads whatever the socket holds without blocking; it fails only when the
    // connection broke (the server stopped, the network went): the caller reconnects.
    if (!m_conn || !PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK) {
        m_error = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                         : QStringLiteral("not connected");
        if (m_error.isEmpty())
            m_error = QStringLiteral("the connection to the server was lost");
        m_sqlState = "08006";
        return std::nullopt;
    }
    QList<Notification> out;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        out.append({QByteArray(notify->relname), QByteArray(notify->extra), notify->be_pid});
        PQfreemem(notify);
    }
    return out;
}

int PgDatabase::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

int PgDatabase::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

void PgDatabase::appendCopyText(QByteArray &out, const QByteArray &utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void PgDatabase::appendCopyBytea(QByteArray &out, const QByteArray &bytes)
{
    // bytea's hex input (\x...), its backslash escaped for COPY.
    out += "\\\\x";
    out += bytes.toHex();
}

QString PgDatabase::oneLine(const QString &message)
{
    QString joined;
    for (const QString &part : message.split(QLatin1Char('\n'))) {
        const QString line = part.simplified();
        if (line.isEmpty())
            continue;
        if (!joined.isEmpty()) {
            // A line that goes on in lower case is the same sentence; a new one gets its stop.
            if (!line.front().isLower() && !joined.back().isPunct())
                joined += QLatin1Char('.');
            joined += QLatin1Char(' ');
        }
        joined += line;
    }
    return joined;
}

} // namespace Tessera
