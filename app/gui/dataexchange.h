// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"
#include "jobs/importmerge.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Tessera {

class ProjectSession;

/**
 * File › Import annotations, Export annotations and Export bundle: a dialog (format, place,
 * options, and what the chosen format cannot carry), then the work on a worker thread with its own
 * store connection behind a progress dialog with Cancel, then a summary. The GUI thread applies
 * the result by re-reading the project.
 */
class DataExchange : public QObject
{
    Q_OBJECT

public:
    DataExchange(QWidget *window, std::function<ProjectSession *()> session);

    void importAnnotations();
    void exportAnnotations();
    void exportBundle();
    /**
     * File › Relink Media: asks for a folder and points the image assets without their file
     * (imported while missing, or moved) at the files found there.
     */
    void relinkMedia();

    /**
     * Unpacks a bundle into a new folder beside it, with progress; the project path, or empty and
     * *error on failure.
     */
    QString unpackBundle(const QString &zipPath, QString *error);

    /**
     * Runs work(store, control) on a worker with its own connection behind a progress dialog
     * with Cancel; its result and message. The caller emits projectChanged() if it wrote.
     */
    bool
    runWithProgress(const QString &title,
                    const std::function<bool(ProjectStore &, const JobControl &, QString *)> &work,
                    QString *message);

    /** What opening a new folder did with the annotations another tool left there. */
    struct FolderImport
    {
        QString format; // the dataset found ("labelme", "coco", …), empty for none
        bool imported = false;
        QString summary; // one line for the status bar; empty when nothing was tried
    };
    /**
     * Imports the dataset another tool left in folder (DatasetProbe), as opening a new folder
     * does: labelme files beside the images at once, other datasets after a question (none
     * without ask, e.g. for --screenshot). Merges, so a second run changes nothing. Problems are
     * listed in a dialog when ask, and logged.
     */
    FolderImport importFolderDataset(const QString &folder, bool ask);

signals:
    /** Another connection changed the project: labels, assets and annotations must be re-read. */
    void projectChanged();

private:
    void transfer(bool exporting);
    bool runFormat(const std::shared_ptr<Format> &format, const QString &path, bool exporting,
                   FormatReport &report, QString *message, ImportMode mode = ImportMode::Merge);

    QPointer<QWidget> m_window;
    std::function<ProjectSession *()> m_session;
};

} // namespace Tessera
