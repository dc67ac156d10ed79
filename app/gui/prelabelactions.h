// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Tessera {

class AssetDocument;
class DataExchange;
class ProjectSession;

/**
 * Tools › Pre-label Images and Tools › Evaluate Predictions: the dialogs, the work on a worker
 * connection behind a progress dialog with Cancel, and what comes back (proposals written, an
 * evaluation shown).
 */
class PrelabelActions : public QObject
{
    Q_OBJECT

public:
    PrelabelActions(DataExchange *exchange, std::function<ProjectSession *()> session,
                    std::function<AssetDocument *()> document, QWidget *window);

    void prelabel();
    void evaluate();
    /**
     * Shape › Segment Boxes: the boxes of this image or of all images become polygons or masks
     * (Segment Anything, the box as the prompt) stored as proposals, on a worker with Cancel.
     */
    void segmentBoxes();
    /** Tools › Find Near-Duplicates: hashes new images on a worker, then the dialog. */
    void findDuplicates();

signals:
    void message(const QString &text);
    void failed(const QString &error);
    void showAsset(qint64 assetId);

private:
    DataExchange *m_exchange;
    std::function<ProjectSession *()> m_session;
    std::function<AssetDocument *()> m_document;
    QWidget *m_window;
};

} // namespace Tessera
