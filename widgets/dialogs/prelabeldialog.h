// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
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
    explicit PrelabelDialog(bool hasCurrentImage, QWidget *parent = nullptr);

    QString detector() const;
    QMap<QString, QString> options() const;
    bool allImages() const;
    int threads() const;

private:
    void detectorChanged();

    QComboBox *m_detector;
    QLabel *m_about;
    QCheckBox *m_ownThreshold;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_tile;
    QRadioButton *m_current;
    QRadioButton *m_all;
    QSpinBox *m_threads;
};

} // namespace Tessera
