// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "dataexchange.h"

#include "bundle/projectbundle.h"
#include "document/projectsession.h"
#include "formatdialog.h"
#include "formats/datasetprobe.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "jobs/labellist.h"
#include "jobs/mediarelink.h"
#include "store/projectstore.h"
#include "util/logging.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Tessera {

namespace {

QString summaryOf(const FormatReport &report, bool exporting)
{
    QString text;
    if (exporting)
        text = DataExchange::tr("Exported %n asset(s)", nullptr, report.assets)
               + DataExchange::tr(" with %n annotation(s).", nullptr, report.annotations);
    else
        text = DataExchange::tr("Imported %n new asset(s)", nullptr, report.assets)
               + DataExchange::tr(" and %n annotation(s)", nullptr, report.annotations)
               + QStringLiteral(": ") + report.changes() + QLatin1Char('.');
    if (!report.newLabels.isEmpty())
        text += QLatin1Char('\n')
                + DataExchange::tr("New labels: %1")
                          .arg(report.newLabels.join(QStringLiteral(", ")));
    return text;
}

} // namespace

DataExchange::DataExchange(QWidget *window, std::function<ProjectSession *()> session)
    : QObject(window)
    , m_window(window)
    , m_session(std::move(session))
{}

bool DataExchange::runWithProgress(
        const QString &title,
        const std::function<bool(ProjectStore &, const JobControl &, QString *)> &work,
        QString *message)
{
    ProjectSession *session = m_session();
    if (!session)
        return false;
    const ProjectLocation location = session->store()->location();
    const QString author = session->store()->author();
    QProgressDialog progress(title, tr("Cancel"), 0, 1000, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    std::atomic_bool cancel{false};
    QPointer<QProgressDialog> dialog(&progress);
    JobControl control;
    control.cancel = &cancel;
    control.progress = [dialog](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
                qApp,
                [dialog, done, total]() {
                    if (dialog && total > 0)
                        dialog->setValue(int(done * 1000 / total));
                },
                Qt::QueuedConnection);
    };
    connect(&progress, &QProgressDialog::canceled, this, [&cancel]() { cancel = true; });
    QFutureWatcher<std::pair<bool, QString>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<std::pair<bool, QString>>::finished, &loop,
            &QEventLoop::quit);
    // The worker has its own connection: the GUI thread's is never shared.
    watcher.setFuture(QtConcurrent::run([location, author, control, work]() {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(location, &error);
        if (!store)
            return std::pair{false, error};
        store->setAuthor(author);
        const bool ok = work(*store, control, &error);
        return std::pair{ok, error};
    }));
    loop.exec();
    progress.close();
    const auto [ok, text] = watcher.result();
    *message = text;
    return ok;
}

void DataExchange::importAnnotations()
{
    transfer(false);
}

void DataExchange::exportAnnotations()
{
    transfer(true);
}

void DataExchange::transfer(bool exporting)
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    FormatDialog dialog(exporting ? FormatDialog::Export : FormatDialog::Import, session->store(),
                        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The worker gets an instance of its own: formats keep options and errors.
    const std::shared_ptr<Format> format = FormatRegistry::make(dialog.format()->shortName());
    if (!format->setOptions(dialog.options()))
        return;
    const QString path = dialog.path();
    FormatReport report;
    QString message;
    const bool ok = runFormat(format, path, exporting, report, &message, dialog.importMode());
    if (!exporting)
        emit projectChanged();
    if (!ok) {
        Logging::error(message);
        QMessageBox::warning(m_window, exporting ? tr("Export failed") : tr("Import failed"),
                             exporting ? message
                                       : message + QStringLiteral("\n\n")
                                                 + tr("Nothing was imported."));
        return;
    }
    // An export that did its job is a success, also when the format carries less than the project
    // (listed in the details); an import with notes (missing media, …) asks for a look.
    QMessageBox box(exporting || report.warnings.isEmpty() ? QMessageBox::Information
                                                           : QMessageBox::Warning,
                    exporting ? tr("Export finished") : tr("Import finished"),
                    summaryOf(report, exporting), QMessageBox::Ok, m_window);
    if (!report.warnings.isEmpty()) {
        box.setInformativeText(exporting ? tr("Not carried by %1:").arg(format->displayName())
                                         : tr("%n note(s): see the details.", nullptr,
                                              int(report.warnings.size())));
        box.setDetailedText(report.warnings.join(QLatin1Char('\n')));
    }
    box.exec();
}

bool DataExchange::runFormat(const std::shared_ptr<Format> &format, const QString &path,
                             bool exporting, FormatReport &report, QString *message,
                             ImportMode mode)
{
    return runWithProgress(
            exporting ? tr("Exporting to %1…").arg(QFileInfo(path).fileName())
                      : tr("Importing %1…").arg(QFileInfo(path).fileName()),
            [format, path, exporting, mode, &report](ProjectStore &store, const JobControl &control,
                                                     QString *error) {
                // On the worker's own connection.
                if (exporting ? ExportJob::write(*format, store, path, report, control)
                              : ImportJob::read(*format, store, path, report, control, mode))
                    return true;
                *error = format->errorString();
                return false;
            },
            message);
}

DataExchange::FolderImport DataExchange::importFolderDataset(const QString &folder, bool ask)
{
    FolderImport result;
    if (!m_session())
        return result;
    // A label list beside the images (labelme's labels.txt, YOLO's classes.txt) names the labels
    // of a project that has none yet, in its order, before any dataset brings its own.
    QString labelsNote;
    const QString list = LabelList::find(folder);
    if (!list.isEmpty() && m_session()->store()->labels().isEmpty()) {
        QString error;
        const QStringList added
                = LabelList::addTo(*m_session()->store(), LabelList::read(list, &error), &error);
        if (!error.isEmpty())
            Logging::warn(error);
        if (!added.isEmpty()) {
            m_session()->reloadLabels();
            labelsNote = tr("Labels from %1: %2")
                                 .arg(QFileInfo(list).fileName(), added.join(QLatin1String(", ")));
            Logging::info(labelsNote);
            result.summary = labelsNote;
        }
    }
    const std::optional<DatasetProbe::Found> found = DatasetProbe::find(folder);
    if (!found)
        return result;
    result.format = found->format;
    // labelme's files are the folder's own annotations (what labelme shows for it); another
    // dataset may be something the user keeps there for other reasons: asked first.
    if (found->format != QLatin1String("labelme")
        && (!ask
            || QMessageBox::question(
                       m_window, tr("Import labels"),
                       tr("This folder holds %1: import its labels?").arg(found->title),
                       QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                       != QMessageBox::Yes))
        return result;
    const std::shared_ptr<Format> format = FormatRegistry::make(found->format);
    FormatReport report;
    QString message;
    const bool ok = runFormat(format, found->path, false, report, &message);
    emit projectChanged();
    if (!ok) {
        Logging::error(message);
        result.summary
                = tr("The annotations of %1 were not imported: %2").arg(found->title, message);
        if (ask)
            QMessageBox::warning(m_window, tr("Import failed"),
                                 message + QStringLiteral("\n\n") + tr("Nothing was imported."));
        return result;
    }
    result.imported = true;
    result.summary = tr("Imported the annotations of %1: %n annotation(s) (%2)", nullptr,
                        report.annotations)
                             .arg(found->title, report.changes());
    if (!labelsNote.isEmpty())
        result.summary = labelsNote + QStringLiteral(" · ") + result.summary;
    for (const QString &w : std::as_const(report.warnings))
        Logging::warn(w);
    if (ask && !report.warnings.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import finished"), summaryOf(report, false),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(
                tr("%n note(s): see the details.", nullptr, int(report.warnings.size())));
        box.setDetailedText(report.warnings.join(QLatin1Char('\n')));
        box.exec();
    }
    return result;
}

void DataExchange::exportBundle()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    const QString suggested = session->store()->directory() + QLatin1Char('/')
                              + session->store()->location().name()
                              + QStringLiteral(".tessera.zip");
    const QString zip = QFileDialog::getSaveFileName(m_window, tr("Export bundle"), suggested,
                                                     tr("Tessera bundles (*.zip)"));
    if (zip.isEmpty())
        return;
    const QMessageBox::StandardButton media = QMessageBox::question(
            m_window, tr("Export bundle"),
            tr("Put the media files (images, text files) in the bundle too?\n\nWith them the "
               "bundle opens anywhere; without them it is small and points at the files where "
               "they are now."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (media == QMessageBox::Cancel)
        return;
    QStringList warnings;
    QString message;
    const bool ok = runWithProgress(
            tr("Writing %1…").arg(QFileInfo(zip).fileName()),
            [zip, media, &warnings](ProjectStore &store, const JobControl &control,
                                    QString *error) {
                return ProjectBundle::create(store, zip,
                                             {.includeMedia = media == QMessageBox::Yes}, control,
                                             error, &warnings)
                       && ProjectBundle::verify(zip, error, nullptr, control);
            },
            &message);
    if (!ok) {
        Logging::error(message);
        QMessageBox::warning(m_window, tr("Export bundle failed"), message);
        return;
    }
    QMessageBox box(warnings.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Bundle written"),
                    tr("%1 is written and verified.").arg(QDir::toNativeSeparators(zip)),
                    QMessageBox::Ok, m_window);
    if (!warnings.isEmpty())
        box.setDetailedText(warnings.join(QLatin1Char('\n')));
    box.exec();
}

void DataExchange::relinkMedia()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    const int missing = int(MediaRelink::missingAssets(*session->store()).size());
    if (missing == 0) {
        QMessageBox::information(m_window, tr("Relink Media"),
                                 tr("Every image of this project has its file."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(
            m_window, tr("Relink Media: where are the %n missing image(s)?", nullptr, missing),
            session->store()->directory());
    if (folder.isEmpty())
        return;
    MediaRelink::Report report;
    QString message;
    const bool ok = runWithProgress(
            tr("Looking for %n image(s)…", nullptr, missing),
            [folder, &report](ProjectStore &store, const JobControl &control, QString *error) {
                return MediaRelink::relink(store, {folder}, &report, control, error);
            },
            &message);
    if (!ok) {
        Logging::error(message);
        QMessageBox::warning(m_window, tr("Relink Media failed"), message);
        return;
    }
    if (report.relinked > 0)
        emit projectChanged();
    const int still = report.missing - report.relinked;
    QMessageBox box(still > 0 || !report.notes.isEmpty() ? QMessageBox::Warning
                                                         : QMessageBox::Information,
                    tr("Relink Media"),
                    still > 0 ? tr("Found %1 of %n missing image(s) in %2; the others are still "
                                   "missing.",
                                   nullptr, report.missing)
                                        .arg(report.relinked)
                                        .arg(QDir::toNativeSeparators(folder))
                              : tr("Found all %n missing image(s) in %1.", nullptr, report.missing)
                                        .arg(QDir::toNativeSeparators(folder)),
                    QMessageBox::Ok, m_window);
    if (!report.notes.isEmpty())
        box.setDetailedText(report.notes.join(QLatin1Char('\n')));
    box.exec();
}

QString DataExchange::unpackBundle(const QString &zipPath, QString *error)
{
    const QString folder = ProjectBundle::unpackFolderFor(zipPath);
    QProgressDialog progress(tr("Unpacking %1…").arg(QFileInfo(zipPath).fileName()), tr("Cancel"),
                             0, 1000, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancel{false};
    JobControl control;
    control.cancel = &cancel;
    control.progress = [&progress, &cancel](qint64 done, qint64 total) {
        if (total > 0)
            progress.setValue(int(done * 1000 / total));
        QApplication::processEvents();
        if (progress.wasCanceled())
            cancel = true;
    };
    QString project;
    if (!ProjectBundle::open(zipPath, folder, &project, error, control))
        return QString();
    Logging::info(QStringLiteral("unpacked %1 into %2").arg(zipPath, folder));
    return project;
}

} // namespace Tessera
