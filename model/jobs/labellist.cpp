// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "labellist.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Tessera::LabelList {

namespace {

struct LabelListText
{
    Q_DECLARE_TR_FUNCTIONS(LabelList)
};

// A label list is a few hundred names at most: anything bigger is not one.
constexpr qint64 maxBytes = 1024 * 1024;

} // namespace

QString find(const QString &folder)
{
    for (const char *name : {"labels.txt", "classes.txt", "obj.names"}) {
        const QFileInfo file(QDir(folder).filePath(QLatin1String(name)));
        if (file.isFile())
            return file.absoluteFilePath();
    }
    return {};
}

QStringList read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = LabelListText::tr("%1: cannot read (%2)")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    if (file.size() > maxBytes) {
        *error = LabelListText::tr("%1: too large for a list of labels")
                         .arg(QDir::toNativeSeparators(path));
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0')) {
        *error = LabelListText::tr("%1: not a text file").arg(QDir::toNativeSeparators(path));
        return {};
    }
    QStringList names;
    QSet<QString> seen;
    for (const QString &line : QString::fromUtf8(bytes).split(QLatin1Char('\n'))) {
        const QString name = line.trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char('#'))
            || name == QLatin1String("__ignore__") || name == QLatin1String("_background_")
            || seen.contains(name))
            continue;
        seen.insert(name);
        names.append(name);
    }
    return names;
}

QStringList addTo(ProjectStore &store, const QStringList &names, QString *error)
{
    QSet<QString> usedKeys;
    for (const Label &label : store.labels())
        usedKeys.insert(label.hotkey);
    QStringList added;
    for (const QString &name : names) {
        if (store.labelByName(name))
            continue;
        Label label{.name = name, .kinds = ImageKindFlag};
        const QString key = QString::number(store.labels().size() + 1);
        if (key.size() == 1 && key != QLatin1String("0") && !usedKeys.contains(key)) {
            label.hotkey = key;
            usedKeys.insert(key);
        }
        if (!store.addLabel(label)) {
            *error = store.errorString();
            return added;
        }
        added.append(name);
    }
    return added;
}

} // namespace Tessera::LabelList
