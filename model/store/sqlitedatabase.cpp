// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "sqlitedatabase.h"

#include <QUrl>

#include <sqlite3.h>

#include <mutex>

namespace Tessera {

Statement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    return false;
}

bool SqliteStatement::exec()
{
    while (step()) {
    }
    const bool result = m_ok;
    // Reset at once so that a finished write statement holds no lock and keeps its error code.
    sqlite3_reset(m_stmt);
    return result;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_ok = true;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}
bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    qsizetype size = 0;
    const char *data = blobData(column, &size);
    return QByteArray(data, size);
}

const char *SqliteStatement::blobData(int column, qsizetype *size) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    *size = sqlite3_column_bytes(m_stmt, column);
    return data;
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, OpenMode mode)
{
    // Memory statistics take a global mutex on every allocation: a fifth of bulk-insert time.
    static std::once_flag configured;
    std::call_once(configured, []() { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    close();
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case ReadOnly:
    case ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    QByteArray name = path.toUtf8();
    if (mode == ReadOnlyImmutable) {
        flags |= SQLITE_OPEN_URI;
        name = "file:" + QUrl::toPercentEncoding(path, "/") + "?mode=ro&immutable=1";
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_openError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                           : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    m_openError.clear();
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void SqliteDatabase::close()
{
    qDeleteAll(m_wrappers);
    m_wrappers.clear();
    for (sqlite3_stmt *stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
    m_statements.clear();
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

bool SqliteDatabase::exec(const QString &sql)
{
    if (!m_db)
        return false;
    return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

SqliteStatement *SqliteDatabase::prepare(const char *sql)
{
    return prepare(QByteArray(sql));
}

SqliteStatement *SqliteDatabase::prepare(const QByteArray &sql)
{
    if (!m_db)
        return nullptr;
    if (SqliteStatement *cached = m_wrappers.value(sql)) {
        cached->reset();
        return cached;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr)
        != SQLITE_OK) {
        return nullptr;
    }
    auto *wrapper = new SqliteStatement(stmt);
    m_statements.insert(sql, stmt);
    m_wrappers.insert(sql, wrapper);
    return wrapper;
}

std::optional<qint64> SqliteDatabase::queryInt(const char *sql)
{
    SqliteStatement *q = prepare(sql);
    if (!q || !q->step())
        return std::nullopt;
    const qint64 value = q->int64(0);
    q->reset();
    return value;
}

qint64 SqliteDatabase::lastInsertId()
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}
qint64 SqliteDatabase::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

QString SqliteDatabase::errorString() const
{
    if (!m_db)
        return m_openError;
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool SqliteDatabase::lastErrorIsBusy() const
{
    if (!m_db)
        return false;
    const int code = sqlite3_errcode(m_db) & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool SqliteDatabase::lastErrorIsCorruption() const
{
    if (!m_db)
        return false;
    const int code = sqlite3_errcode(m_db) & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

} // namespace Tessera
