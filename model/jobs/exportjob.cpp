// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "exportjob.h"

#include "formats/format.h"
#include "formats/formatsupport.h"
#include "store/projectstore.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Tessera {

namespace {

// Texts filed by lupdate under, and looked up in, the context "Format" (where they were before
// the codecs and the jobs were parted).
struct FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

} // namespace

ExportJob::ExportJob(ProjectStore &store, Format &format, bool includeProposals)
    : m_store(store)
    , m_format(format)
{
    // Model guesses nobody checked never reach a training set, unless the format keeps them
    // apart (Label Studio's predictions) or the user asked for them.
    m_store.setProposalsHidden(!format.writesProposals() && !includeProposals);
}

ExportJob::~ExportJob()
{
    m_store.setProposalsHidden(false);
    m_store.setUnlabeledHidden(false);
}

bool ExportJob::write(Format &format, ProjectStore &store, const QString &path,
                      FormatReport &report, const JobControl &control)
{
    return ExportJob(store, format).run(path, report, control);
}

QStringList ExportJob::losses(Format &format, ProjectStore &store)
{
    return ExportJob(store, format).losses();
}

QStringList ExportJob::losses()
{
    return m_format.exportLosses(*this);
}

bool ExportJob::fail(const QString &message)
{
    m_format.setErrorString(message);
    return false;
}

bool ExportJob::writeAndPlace(const QString &path, FormatReport &report, const JobControl &control)
{
    return m_format.writeData(*this, path, report, control) && placeImages(path, report, control);
}

bool ExportJob::run(const QString &path, FormatReport &report, const JobControl &control)
{
    const bool asClass = m_format.writesUnlabeledAsClass();
    const qint64 unlabeled = m_store.unlabeledShapeCount();
    if (unlabeled == 0 || (m_format.writesUnlabeled() && !asClass))
        return writeAndPlace(path, report, control);
    if (!asClass) {
        const QStringList lost = losses();
        m_store.setUnlabeledHidden(true);
        const bool ok = writeAndPlace(path, report, control);
        m_store.setUnlabeledHidden(false);
        if (ok)
            report.warnings.append(lost.last());
        return ok;
    }
    // The "(no label)" class exists only for the writer: the transaction is rolled back, so
    // neither the label nor the shapes' new label reach the project.
    ProjectStore::Transaction view(m_store);
    if (!view.ok())
        return fail(FormatText::tr("Cannot write shapes without a label as \"%1\": %2")
                            .arg(Format::noLabelName(), m_store.errorString()));
    std::optional<Label> label = m_store.labelByName(Format::noLabelName());
    if (!label) {
        label = Label{
                .name = Format::noLabelName(), .color = QColor(Qt::gray), .kinds = AllKindsFlag};
        if (!m_store.addLabel(*label))
            return fail(m_store.errorString());
    }
    if (!m_store.labelUnlabeledForExport(label->id))
        return fail(m_store.errorString());
    return writeAndPlace(path, report, control);
}

bool ExportJob::placeImages(const QString &path, FormatReport &report, const JobControl &control)
{
    const QString how = m_format.option(QStringLiteral("images"));
    if (m_format.imageFolder().isEmpty() || m_format.placesImagesItself()
        || how == QLatin1String("none"))
        return true;
    // The export folder: path itself, or the folder of the file path names.
    const QFileInfo given(path);
    const QDir root(given.isDir() || given.suffix().isEmpty() ? given.absoluteFilePath()
                                                              : given.absolutePath());
    const QDir folder(root.filePath(m_format.imageFolder()));
    if (!QDir().mkpath(folder.path()))
        return fail(FormatText::tr("%1: cannot create the folder")
                            .arg(QDir::toNativeSeparators(folder.path())));
    const QHash<qint64, QString> stems = m_format.namesImagesByStem()
                                                 ? FormatSupport::fileStems(*this, AssetKind::Image)
                                                 : QHash<qint64, QString>();
    QSet<QString> used;
    int unsafe = 0, missing = 0;
    QString error;
    const bool walked = FormatSupport::forEachListedAsset(
            *this, AssetFilter{.kind = AssetKind::Image}, control,
            [&](const Asset &asset) {
                if (FormatSupport::isMediaMissing(asset)) {
                    ++missing;
                    return true;
                }
                // Names come from foreign files too: a clean relative path inside the folder,
                // once.
                const QString name = m_format.exportedImageName(asset, stems.value(asset.id));
                if (!FormatSupport::isCleanRelativePath(name) || used.contains(name)) {
                    ++unsafe;
                    return true;
                }
                used.insert(name);
                const QString target = folder.filePath(name);
                const QString source = m_store.absolutePath(asset);
                if (QFileInfo(target).canonicalFilePath() == QFileInfo(source).canonicalFilePath()
                    && !QFileInfo(target).isSymLink())
                    return true; // exported into the project's own image folder
                QDir().mkpath(QFileInfo(target).absolutePath());
                if (QFileInfo(target).isSymLink() || QFileInfo::exists(target))
                    QFile::remove(target); // a link or copy of an earlier export
                const bool copy = how == QLatin1String("copy");
                if (copy ? QFile::copy(source, target) : QFile::link(source, target))
                    return true;
                error = (copy ? FormatText::tr("%1: cannot copy the image here")
                              : FormatText::tr("%1: cannot link the image here"))
                                .arg(QDir::toNativeSeparators(target));
                return false;
            },
            &error);
    if (!walked)
        return fail(error);
    if (unsafe)
        report.warnings.append(FormatText::tr("%1 image(s) have a name that is not a clean "
                                              "relative path or that another image has: not "
                                              "put beside the export")
                                       .arg(unsafe));
    if (missing)
        report.warnings.append(FormatText::tr("%1 image(s) have no media (missing when "
                                              "imported): not put beside the export")
                                       .arg(missing));
    return true;
}

QString ExportJob::name() const
{
    return m_store.location().name();
}

QList<Label> ExportJob::labels()
{
    return m_store.labels();
}

ProjectStats ExportJob::stats()
{
    return m_store.stats();
}

qint64 ExportJob::assetCount(const AssetFilter &filter)
{
    return m_store.assetCount(filter);
}

QList<Asset> ExportJob::assetPage(const AssetFilter &filter, qint64 after, int limit)
{
    return m_store.assetPage(filter, after, limit);
}

std::optional<Asset> ExportJob::asset(qint64 id)
{
    return m_store.asset(id);
}

QList<qint64> ExportJob::assetsWithPayloadKey(const QString &key)
{
    return m_store.assetsWithPayloadKey(key);
}

QString ExportJob::absolutePath(const Asset &asset) const
{
    return m_store.absolutePath(asset);
}

QList<Annotation> ExportJob::annotations(qint64 assetId)
{
    return m_store.annotations(assetId);
}

qint64 ExportJob::annotationCount()
{
    return m_store.annotationCount();
}

qint64 ExportJob::unlabeledShapeCount()
{
    return m_store.unlabeledHidden() ? 0 : m_store.unlabeledShapeCount();
}

bool ExportJob::forEachAnnotation(const std::function<bool(const Annotation &)> &visit)
{
    return m_store.forEachAnnotation(visit);
}

bool ExportJob::forEachShape(const std::function<bool(const Annotation &)> &visit)
{
    return m_store.forEachShape(visit);
}

bool ExportJob::forEachAnnotationByAsset(const std::function<bool(const Annotation &)> &visit)
{
    return m_store.forEachAnnotationByAsset(visit);
}

QString ExportJob::errorString() const
{
    return m_store.errorString();
}

} // namespace Tessera
