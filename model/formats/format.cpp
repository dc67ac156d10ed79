// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "format.h"

#include "formatsupport.h"
#include "store/projectstore.h"

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

std::optional<ImportMode> Format::importModeFromName(const QString &name)
{
    if (name == QLatin1String("merge"))
        return ImportMode::Merge;
    if (name == QLatin1String("replace"))
        return ImportMode::Replace;
    if (name == QLatin1String("append"))
        return ImportMode::Append;
    return std::nullopt;
}

bool Format::read(ProjectStore &store, const QString &path, FormatReport &report,
                  const JobControl &control)
{
    // One transaction around the reader (whose own ones join it) and the merge's removals.
    ProjectStore::Transaction t(store);
    if (!t.ok())
        return fail(store.errorString());
    m_merge = std::make_unique<ImportMerge>(store, m_importMode);
    QString error;
    bool ok = m_merge->begin(&error);
    if (ok && !readData(store, path, report, control)) {
        m_merge.reset();
        return false;
    }
    ok = ok && m_merge->finish(report, &error);
    m_merge.reset();
    if (!ok)
        return fail(error);
    if (!t.commit())
        return fail(store.errorString());
    return true;
}

namespace {

QString unlabeledKey()
{
    return QStringLiteral("unlabeled");
}

// The class shapes without a label go under with unlabeled=class (data, not translated).
QString noLabelName()
{
    return QStringLiteral("(no label)");
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

QStringList Format::exportLosses(ProjectStore &store) const
{
    QStringList lines = losses(store);
    if (writesUnlabeled() || option(unlabeledKey()) == QLatin1String("class"))
        return lines;
    if (const qint64 n = store.unlabeledShapeCount())
        lines.append(QCoreApplication::translate("Format",
                                                 "%1 shape(s) or span(s) without a label are left "
                                                 "out (option unlabeled=class writes them under "
                                                 "\"%2\")")
                             .arg(n)
                             .arg(noLabelName()));
    return lines;
}

bool Format::placeImages(ProjectStore &store, const QString &path, FormatReport &report,
                         const JobControl &control)
{
    // A format with its own images option (Ultralytics) places them itself.
    const QList<FormatOption> own = formatOptions();
    const bool placesItself = std::any_of(own.cbegin(), own.cend(), [](const FormatOption &o) {
        return o.key == QLatin1String("images");
    });
    const QString how = option(QStringLiteral("images"));
    if (imageFolder().isEmpty() || placesItself || how == QLatin1String("none"))
        return true;
    // The export folder: path itself, or the folder of the file path names.
    const QFileInfo given(path);
    const QDir root(given.isDir() || given.suffix().isEmpty() ? given.absoluteFilePath()
                                                              : given.absolutePath());
    const QDir folder(root.filePath(imageFolder()));
    if (!QDir().mkpath(folder.path()))
        return fail(QCoreApplication::translate("Format", "%1: cannot create the folder")
                            .arg(QDir::toNativeSeparators(folder.path())));
    const QHash<qint64, QString> stems = namesImagesByStem()
                                                 ? FormatSupport::fileStems(store, AssetKind::Image)
                                                 : QHash<qint64, QString>();
    QSet<QString> used;
    int unsafe = 0, missing = 0;
    const AssetFilter images{.kind = AssetKind::Image};
    for (qint64 after = 0;;) {
        const QList<Asset> page = store.assetPage(images, after, 500);
        if (page.isEmpty())
            break;
        after = page.constLast().id;
        for (const Asset &asset : page) {
            if (control.canceled())
                return fail(QCoreApplication::translate("Format", "Export canceled"));
            if (FormatSupport::isMediaMissing(asset)) {
                ++missing;
                continue;
            }
            // Names come from foreign files too: a clean relative path inside the folder, once.
            const QString name = exportedImageName(asset, stems.value(asset.id));
            if (!FormatSupport::isCleanRelativePath(name) || used.contains(name)) {
                ++unsafe;
                continue;
            }
            used.insert(name);
            const QString target = folder.filePath(name);
            const QString source = store.absolutePath(asset);
            if (QFileInfo(target).canonicalFilePath() == QFileInfo(source).canonicalFilePath()
                && !QFileInfo(target).isSymLink())
                continue; // exported into the project's own image folder
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (QFileInfo(target).isSymLink() || QFileInfo::exists(target))
                QFile::remove(target); // a link or copy of an earlier export
            const bool ok = how == QLatin1String("copy") ? QFile::copy(source, target)
                                                         : QFile::link(source, target);
            if (!ok)
                return fail((how == QLatin1String("copy")
                                     ? QCoreApplication::translate("Format",
                                                                   "%1: cannot copy the image here")
                                     : QCoreApplication::translate(
                                             "Format", "%1: cannot link the image here"))
                                    .arg(QDir::toNativeSeparators(target)));
        }
    }
    if (unsafe)
        report.warnings.append(QCoreApplication::translate("Format",
                                                           "%1 image(s) have a name that is not a "
                                                           "clean relative path or that another "
                                                           "image has: not put beside the export")
                                       .arg(unsafe));
    if (missing)
        report.warnings.append(QCoreApplication::translate("Format",
                                                           "%1 image(s) have no media (missing "
                                                           "when imported): not put beside the "
                                                           "export")
                                       .arg(missing));
    return true;
}

bool Format::write(ProjectStore &store, const QString &path, FormatReport &report,
                   const JobControl &control)
{
    const bool asClass = option(unlabeledKey()) == QLatin1String("class");
    const qint64 unlabeled = store.unlabeledShapeCount();
    if (unlabeled == 0 || (writesUnlabeled() && !asClass))
        return writeData(store, path, report, control) && placeImages(store, path, report, control);
    if (!asClass) {
        const QStringList lost = exportLosses(store);
        store.setUnlabeledHidden(true);
        const bool ok = writeData(store, path, report, control)
                        && placeImages(store, path, report, control);
        store.setUnlabeledHidden(false);
        if (ok)
            report.warnings.append(lost.last());
        return ok;
    }
    // The "(no label)" class exists only for the writer: the transaction is rolled back, so
    // neither the label nor the shapes' new label reach the project.
    ProjectStore::Transaction view(store);
    if (!view.ok())
        return fail(QCoreApplication::translate("Format",
                                                "Cannot write shapes without a label as \"%1\": "
                                                "%2")
                            .arg(noLabelName(), store.errorString()));
    std::optional<Label> label = store.labelByName(noLabelName());
    if (!label) {
        label = Label{.name = noLabelName(), .color = QColor(Qt::gray), .kinds = AllKindsFlag};
        if (!store.addLabel(*label))
            return fail(store.errorString());
    }
    if (!store.labelUnlabeledForExport(label->id))
        return fail(store.errorString());
    return writeData(store, path, report, control) && placeImages(store, path, report, control);
}

bool Format::storeAnnotations(ProjectStore &store, QList<Annotation> &annotations,
                              FormatReport &report, QString *error)
{
    if (m_merge)
        return m_merge->store(annotations, report, error);
    ImportMerge append(store, ImportMode::Append);
    return append.store(annotations, report, error);
}

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
