// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::Language {

/** The catalogues shipped with the program (":/i18n/tessera_xx.qm"), as codes: "de", "fr". */
QStringList available();

/** The language chosen in Settings ("" = follow the system locale). */
QString chosen();
void setChosen(const QString &code);

/** The language the program shows: the choice, else the system's if shipped, else "en". */
QString effective();

/** The language's own name ("Deutsch", "français", "English"). */
QString nativeName(const QString &code);

/**
 * Loads the effective language's catalogue and Qt's own (standard buttons and dialogs) into the
 * application. Replaces what an earlier call installed. Needs a QCoreApplication.
 */
void apply();

} // namespace Tessera::Language
