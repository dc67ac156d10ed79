// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "format.h"

#include "formatsupport.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace Tessera {

QString FormatReport::changes() const
{
    QStringList parts;
    const auto part = [&parts](int count, const char *text) {
        if (count)
            parts << QCoreApplication::translate("Format", text).arg(count);
    };
    part(added, QT_TRANSLATE_NOOP("Format", "%1 added"));
    part(changed, QT_TRANSLATE_NOOP("Format", "%1 changed"));
    part(unchanged, QT_TRANSLATE_NOOP("Format", "%1 unchanged"));
    part(removed, QT_TRANSLATE_NOOP("Format", "%1 removed"));
    if (parts.isEmpty())
        return QCoreApplication::translate("Format", "%1 added").arg(0);
    return parts.join(QStringLiteral(", "));
}

namespace {

QString unlabeledKey()
{
    return QStringLiteral("unlabeled");
}

} // namespace

QList<FormatOption> Format::options() const
{
    QList<FormatOption> list = formatOptions();
    const bool ownImagesOption = std::any_of(list.cbegin(), list.cend(), [](const FormatOption &o) {
        return o.key == QLatin1String("images");
    });
    if ((capabilities() & Write) && !imageFolder().isEmpty() && !ownImagesOption)
        list.append({QStringLiteral("images"),
                     QCoreApplication::translate("Format", "Images"),
                     {QStringLiteral("link"), QStringLiteral("copy"), QStringLiteral("none")},
                     QCoreApplication::translate("Format",
                                                 "Put the images beside the annotations as links "
                                                 "to the project's files, as copies, or not at "
                                                 "all."),
                     {QCoreApplication::translate("Format", "Link"),
                      QCoreApplication::translate("Format", "Copy"),
                      QCoreApplication::translate("Format", "None")}});
    if (capabilities() & Write)
        list.append({unlabeledKey(),
                     QCoreApplication::translate("Format", "Shapes without a label"),
                     {QStringLiteral("leave-out"), QStringLiteral("class")},
                     QCoreApplication::translate("Format",
                                                 "Leave them out (listed as lost), or write them "
                                                 "under the class \"(no label)\"."),
                     {QCoreApplication::translate("Format", "Leave them out"),
                      QCoreApplication::translate("Format", "Write them as \"(no label)\"")}});
    return list;
}

QStringList Format::exportLosses(ExportSource &source) const
{
    QStringList lines = losses(source);
    if (writesUnlabeled() || option(unlabeledKey()) == QLatin1String("class"))
        return lines;
    if (const qint64 n = source.unlabeledShapeCount())
        lines.append(QCoreApplication::translate("Format",
                                                 "%1 shape(s) or span(s) without a label are left "
                                                 "out (option unlabeled=class writes them under "
                                                 "\"%2\")")
                             .arg(n)
                             .arg(noLabelName()));
    return lines;
}

bool Format::placesImagesItself() const
{
    const QList<FormatOption> own = formatOptions();
    return std::any_of(own.cbegin(), own.cend(),
                       [](const FormatOption &o) { return o.key == QLatin1String("images"); });
}

bool Format::readAll(const QStringList &files, const JobControl &control,
                     const std::function<bool(const QString &file)> &readOne)
{
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
    return true;
}

} // namespace Tessera
