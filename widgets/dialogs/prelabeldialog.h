// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QRadioButton;
class QSpinBox;

namespace Tessera {

/**
 * Tools › Pre-label: which detector, its score threshold and tile size, this image or all
 * images, and how many threads. Detectors whose model is missing are listed with the reason.
 */
class PrelabelDialog : public QDialog
{
    Q_OBJECT

public:
    /** imageLabels: the project's image labels, for mapping a detector's classes onto them. */
    explicit PrelabelDialog(bool hasCurrentImage, const QStringList &imageLabels = {},
                            QWidget *parent = nullptr);

    QString detector() const;
    QMap<QString, QString> options() const;
    bool allImages() const;
    int threads() const;

    /** Project label → detector class chosen in the mapping table (YOLOv8n). */
    QMap<QString, QString> mapping() const;

private:
    void detectorChanged();
    void fetchYoloV8n();
    void fillDetectors();

    QComboBox *m_detector;
    QLabel *m_about;
    QCheckBox *m_ownThreshold;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_tile;
    QRadioButton *m_current;
    QRadioButton *m_all;
    QSpinBox *m_threads;
    QWidget *m_mappingBox;
    QTableWidget *m_mapping;
    QCheckBox *m_keepOthers;
    QPushButton *m_fetch;
    QStringList m_imageLabels;
};

} // namespace Tessera
