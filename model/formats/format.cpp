// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "format.h"

#include "formatsupport.h"
#include "store/projectstore.h"

#include <QCoreApplication>

namespace Tessera {

bool Format::readAll(ProjectStore &store, const QStringList &files, const JobControl &control,
                     const std::function<bool(const QString &file)> &readOne)
{
    ProjectStore::Transaction t(store);
    if (!t.ok())
        return fail(store.errorString());
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (control.canceled())
            return fail(
                    QCoreApplication::translate("Format", "Import canceled: nothing was added"));
        // Only regular files: /dev/zero or a FIFO given as a dataset would be read forever.
        QString why;
        if (!FormatSupport::isRegularFile(files[i], &why))
            return fail(why);
        if (!readOne(files[i]))
            return false;
        control.report(i + 1, files.size());
    }
    if (!t.commit())
        return fail(store.errorString());
    return true;
}

} // namespace Tessera
