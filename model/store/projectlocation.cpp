// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Tessera {

namespace {

struct LocationText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLocation)
};

// libpq's quoting of a conninfo value: single quotes, with \ and ' escaped.
QString quoted(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

bool ProjectLocation::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ProjectLocation::ProjectLocation(const QString &pathOrUrl)
{
    const QString text = pathOrUrl.trimmed();
    if (text.isEmpty())
        return;
    if (!isServerUrl(text)) {
        m_kind = Kind::File;
        m_path = QFileInfo(pathOrUrl).absoluteFilePath();
        return;
    }
    m_kind = Kind::PostgreSql;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        m_error = LocationText::tr("%1 is not a valid PostgreSQL URL (%2)")
                          .arg(text.section(QLatin1Char('@'), -1), url.errorString());
        return;
    }
    m_host = url.host();
    m_port = url.port(5432);
    m_user = url.userName(QUrl::FullyDecoded);
    m_password = url.password(QUrl::FullyDecoded);
    m_database = url.path(QUrl::FullyDecoded).mid(1);
    m_options = url.query(QUrl::FullyDecoded);
    if (m_database.isEmpty() || m_database.contains(QLatin1Char('/')))
        m_error = LocationText::tr("%1 names no database: write postgresql://HOST/DATABASE")
                          .arg(display());
}

QString ProjectLocation::folder() const
{
    return m_kind == Kind::File ? QFileInfo(m_path).absolutePath() : QString();
}

QString ProjectLocation::name() const
{
    switch (m_kind) {
    case Kind::File:
        return QFileInfo(m_path).completeBaseName();
    case Kind::PostgreSql:
        return m_database;
    case Kind::None:
        break;
    }
    return QString();
}

QString ProjectLocation::toString() const
{
    if (m_kind == Kind::File)
        return m_path;
    if (m_kind == Kind::None)
        return QString();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    if (m_port != 5432)
        url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_options.isEmpty())
        url.setQuery(m_options);
    return url.toString();
}

QString ProjectLocation::display() const
{
    return m_kind == Kind::File ? QDir::toNativeSeparators(m_path) : toString();
}

QString ProjectLocation::connectionString() const
{
    if (m_kind != Kind::PostgreSql)
        return QString();
    QStringList parts;
    if (!m_host.isEmpty())
        parts << QStringLiteral("host=") + quoted(m_host);
    parts << QStringLiteral("port=%1").arg(m_port);
    parts << QStringLiteral("dbname=") + quoted(m_database);
    if (!m_user.isEmpty())
        parts << QStringLiteral("user=") + quoted(m_user);
    if (!m_password.isEmpty())
        parts << QStringLiteral("password=") + quoted(m_password);
    const QUrlQuery query(m_options);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // Only libpq's own keywords: letters and underscores (sslmode, connect_timeout, ...).
        const bool keyword = !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) {
            return c.isLetter() || c == QLatin1Char('_');
        });
        if (keyword)
            parts << key + QLatin1Char('=') + quoted(value);
    }
    return parts.join(QLatin1Char(' '));
}

bool ProjectLocation::operator==(const ProjectLocation &other) const
{
    return m_kind == other.m_kind && m_path == other.m_path && m_host == other.m_host
           && m_port == other.m_port && m_user == other.m_user && m_database == other.m_database
           && m_options == other.m_options;
}

} // namespace Tessera
