// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "identity.h"

#include <QSettings>

namespace Tessera::Identity {

namespace {
const char settingsKey[] = "identity/userName";
}

QString systemUserName()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(var).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("annotator");
}

QString currentUserName()
{
    // The environment wins so that scripts and tests can attribute work without touching settings.
    const QString fromEnv = qEnvironmentVariable("TESSERA_USER").trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString saved = QSettings().value(QLatin1String(settingsKey)).toString().trimmed();
    return saved.isEmpty() ? systemUserName() : saved;
}

void setCurrentUserName(const QString &name)
{
    QSettings().setValue(QLatin1String(settingsKey), name.trimmed());
}

} // namespace Tessera::Identity
