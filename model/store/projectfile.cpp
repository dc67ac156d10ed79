// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectfile.h"

#include "sqldialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Tessera::ProjectFile {

int schemaVersionOf(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return -1;
    };
    QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("%1: no such file").arg(shown));
    if (info.isDir())
        return fail(QStringLiteral("%1: is a folder, not a project file").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot read (%2)").arg(shown, file.errorString()));
    // The SQLite header (https://sqlite.org/fileformat.html) tells us all we need without opening
    // the database, so a foreign or newer file is refused before SQLite could touch it.
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(
                QStringLiteral("%1: not a Tessera project (not an SQLite database)").arg(shown));
    const quint32 appId = qFromBigEndian<quint32>(header.constData() + 68);
    if (appId != SqlDialect::applicationId)
        return fail(QStringLiteral("%1: not a Tessera project (an SQLite database of another "
                                   "application)")
                            .arg(shown));
    // Tessera writes versions from 0 up; a negative one is a damaged header, and the callers
    // treat negative results as refusals that have said why.
    const qint32 version = qFromBigEndian<qint32>(header.constData() + 60);
    if (version < 0)
        return fail(QStringLiteral("%1: the project file is damaged (schema version %2 in its "
                                   "header)")
                            .arg(shown)
                            .arg(version));
    return int(version);
}

} // namespace Tessera::ProjectFile
