// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/pgdatabase.h"
#include "store/projectlocation.h"

#include <QFile>
#include <QStringList>
#include <QUuid>

#include <memory>

namespace Tessera::Test {

/**
 * The PostgreSQL that ctest's fixture "pgserver" started (tests/helpers/pgserver.sh; its URL in
 * the file TESSERA_PG_URL_FILE names). Hands out empty databases, each dropped at the end.
 */
class PgTestServer
{
public:
    /** Connects; errorString() says why not (no fixture, server gone). */
    bool start()
    {
        QFile file(qEnvironmentVariable("TESSERA_PG_URL_FILE"));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("no PostgreSQL for the tests: run through ctest (fixture "
                                     "pgserver)");
            return false;
        }
        const QString url = QString::fromUtf8(file.readAll()).trimmed();
        m_server = url.left(url.lastIndexOf(QLatin1Char('/')));
        if (!m_admin.open(ProjectLocation(url).connectionString())) {
            m_error = m_admin.errorString();
            return false;
        }
        return true;
    }

    ~PgTestServer()
    {
        for (const QString &name : std::as_const(m_databases))
            m_admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }

    QString errorString() const { return m_error; }

    /** A new, empty database; an invalid location (and qWarning) if it cannot be made. */
    ProjectLocation freshDatabase()
    {
        const QString name
                = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!m_admin.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            qWarning("CREATE DATABASE: %s", qPrintable(m_admin.errorString()));
            return {};
        }
        m_databases << name;
        return ProjectLocation(m_server + QLatin1Char('/') + name);
    }

    /** A connection of its own to location; the test run stops if it cannot be had. */
    static std::unique_ptr<PgDatabase> connect(const ProjectLocation &location)
    {
        auto db = std::make_unique<PgDatabase>();
        if (!db->open(location.connectionString()))
            qFatal("connect: %s", qPrintable(db->errorString()));
        return db;
    }

private:
    QString m_server; // postgresql://...@127.0.0.1:PORT (no database)
    QString m_error;
    PgDatabase m_admin;
    QStringList m_databases;
};

} // namespace Tessera::Test
