// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "prelabeldialog.h"

#include "prelabel/detector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>

namespace Tessera {

PrelabelDialog::PrelabelDialog(bool hasCurrentImage, QWidget *parent)
    : QDialog(parent)
    , m_detector(new QComboBox(this))
    , m_about(new QLabel(this))
    , m_ownThreshold(new QCheckBox(tr("Lowest score kept:"), this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_tile(new QSpinBox(this))
    , m_current(new QRadioButton(tr("This image"), this))
    , m_all(new QRadioButton(tr("All images of the project"), this))
    , m_threads(new QSpinBox(this))
{
    setWindowTitle(tr("Pre-label"));
    auto *form = new QFormLayout;
    auto *model = new QStandardItemModel(m_detector);
    for (const Detectors::Info &info : Detectors::all()) {
        auto *item = new QStandardItem(QStringLiteral("%1 — %2").arg(info.name, info.description));
        item->setData(info.name, Qt::UserRole);
        QString problem;
        // A user's YOLO model is named in the options; the others must load now.
        if (info.name != QLatin1String("yolo") && !Detectors::make(info.name, {}, &problem)) {
            item->setEnabled(false);
            item->setToolTip(problem);
        }
        if (info.name == QLatin1String("yolo")) {
            item->setEnabled(false);
            item->setToolTip(tr("tessera-cli prelabel --detector yolo --option model=PATH.onnx"));
        }
        model->appendRow(item);
    }
    m_detector->setModel(model);
    QSettings settings;
    const int last = m_detector->findData(
            settings.value(QStringLiteral("prelabel/detector"), QStringLiteral("blazeface")),
            Qt::UserRole);
    m_detector->setCurrentIndex(std::max(0, last));
    form->addRow(tr("Detector:"), m_detector);
    m_about->setWordWrap(true);
    m_about->setStyleSheet(QStringLiteral("color: gray"));
    form->addRow(QString(), m_about);
    m_threshold->setRange(0, 1);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.5);
    m_threshold->setEnabled(false);
    connect(m_ownThreshold, &QCheckBox::toggled, m_threshold, &QWidget::setEnabled);
    form->addRow(m_ownThreshold, m_threshold);
    m_tile->setRange(0, 16384);
    m_tile->setSingleStep(256);
    m_tile->setSpecialValueText(tr("never"));
    m_tile->setSuffix(tr(" px"));
    m_tile->setToolTip(tr("Images larger than this are cut into overlapping tiles, so that small "
                          "objects in huge images are found"));
    form->addRow(tr("Slice images larger than:"), m_tile);
    m_current->setEnabled(hasCurrentImage);
    (hasCurrentImage ? m_current : m_all)->setChecked(true);
    form->addRow(tr("Images:"), m_current);
    form->addRow(QString(), m_all);
    m_threads->setRange(1, std::max(1, QThread::idealThreadCount() * 2));
    m_threads->setValue(QThread::idealThreadCount());
    form->addRow(tr("Threads:"), m_threads);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        QSettings().setValue(QStringLiteral("prelabel/detector"), detector());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Results are proposals: drawn dashed with their score. Y accepts, "
                               "Delete rejects, Alt+arrows step through them."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(m_detector, &QComboBox::currentIndexChanged, this, &PrelabelDialog::detectorChanged);
    detectorChanged();
    resize(560, sizeHint().height());
}

void PrelabelDialog::detectorChanged()
{
    for (const Detectors::Info &info : Detectors::all()) {
        if (info.name == detector())
            m_about->setText(info.options.join(QLatin1Char('\n')));
    }
}

QString PrelabelDialog::detector() const
{
    return m_detector->currentData(Qt::UserRole).toString();
}

QMap<QString, QString> PrelabelDialog::options() const
{
    QMap<QString, QString> o;
    if (m_ownThreshold->isChecked())
        o.insert(QStringLiteral("threshold"), QString::number(m_threshold->value()));
    if (m_tile->value() > 0)
        o.insert(QStringLiteral("tile"), QString::number(std::max(64, m_tile->value())));
    return o;
}

bool PrelabelDialog::allImages() const
{
    return m_all->isChecked();
}

int PrelabelDialog::threads() const
{
    return m_threads->value();
}

} // namespace Tessera
