// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "teamactions.h"

#include "dataexchange.h"
#include "document/projectsession.h"
#include "quality/consensus.h"
#include "store/projectstore.h"
#include "team/teammerge.h"
#include "team/teamsplit.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {

QString figure(double v)
{
    return v < 0 ? QStringLiteral("–") : QString::number(v, 'f', 2);
}

} // namespace

TeamActions::TeamActions(std::function<ProjectSession *()> session, DataExchange *exchange,
                         QWidget *window)
    : QObject(window)
    , m_session(std::move(session))
    , m_exchange(exchange)
    , m_window(window)
{}

void TeamActions::addMenu(QMenu *menu)
{
    QMenu *team = menu->addMenu(tr("&Team"));
    connect(team->addAction(tr("&Split for Annotators…")), &QAction::triggered, this,
            &TeamActions::split);
    connect(team->addAction(tr("&Merge Bundles…")), &QAction::triggered, this, [this]() {
        const QStringList files = QFileDialog::getOpenFileNames(
                m_window, tr("Merge Bundles"), QString(), tr("Tessera bundles (*.zip)"));
        if (!files.isEmpty())
            merge(files);
    });
    connect(team->addAction(tr("&Consensus and Agreement…")), &QAction::triggered, this,
            &TeamActions::consensus);
}

void TeamActions::split()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Split for Annotators"));
    auto *names = new QLineEdit(&dialog);
    names->setPlaceholderText(tr("ann, bob, chen"));
    auto *overlap = new QSpinBox(&dialog);
    overlap->setRange(0, 100);
    overlap->setSuffix(tr(" %"));
    overlap->setValue(20);
    auto *gold = new QSpinBox(&dialog);
    gold->setRange(0, 100);
    gold->setSuffix(tr(" %"));
    auto *media = new QCheckBox(tr("Include the media files"), &dialog);
    media->setChecked(true);
    auto *folder = new QLineEdit(session->store()->directory(), &dialog);
    auto *browse = new QPushButton(tr("Browse…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&]() {
        const QString chosen
                = QFileDialog::getExistingDirectory(&dialog, tr("Bundles Folder"), folder->text());
        if (!chosen.isEmpty())
            folder->setText(chosen);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Annotators:"), names);
    form->addRow(tr("Overlap (labelled by everyone):"), overlap);
    form->addRow(tr("Gold mixed in:"), gold);
    form->addRow(QString(), media);
    form->addRow(tr("Write bundles to:"), folderRow);
    auto *note = new QLabel(tr("Every asset not accepted and not gold is handed out. Each "
                               "annotator gets one bundle (zip) to open in Tessera; merge them "
                               "back with Team › Merge Bundles."),
                            &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write Bundles"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    TeamSplit::Options options{.annotators = names->text().split(QLatin1Char(',')),
                               .overlapPercent = double(overlap->value()),
                               .goldPercent = double(gold->value()),
                               .includeMedia = media->isChecked()};
    QList<TeamSplit::Bundle> bundles;
    QString error;
    QStringList warnings;
    const QString target = folder->text();
    // On a worker with its own connection: snapshots, pruning and zipping take seconds.
    if (!m_exchange->runWithProgress(
                tr("Writing bundles…"),
                [&](ProjectStore &store, const JobControl &control, QString *why) {
                    return TeamSplit::write(store, options, target, &bundles, why, &warnings,
                                            control);
                },
                &error)) {
        QMessageBox::warning(m_window, tr("Split for Annotators"), error);
        return;
    }
    QStringList lines;
    for (const TeamSplit::Bundle &b : std::as_const(bundles))
        lines.append(tr("%1: %2 (%n asset(s))", nullptr, b.assets)
                             .arg(b.annotator, QDir::toNativeSeparators(b.path)));
    QMessageBox::information(m_window, tr("Split for Annotators"),
                             (lines + warnings).join(QLatin1Char('\n')));
}

void TeamActions::merge(const QStringList &bundles)
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    QStringList lines;
    int conflicts = 0;
    for (const QString &bundle : bundles) {
        TeamMerge::Report report;
        QString error;
        if (!m_exchange->runWithProgress(
                    tr("Merging %1…").arg(QFileInfo(bundle).fileName()),
                    [&](ProjectStore &store, const JobControl &control, QString *why) {
                        return TeamMerge::merge(store, bundle, {}, &report, why, control);
                    },
                    &error)) {
            lines.append(error);
            continue;
        }
        conflicts += int(report.conflicts.size());
        lines += report.lines();
    }
    emit projectChanged();
    QMessageBox box(conflicts ? QMessageBox::Warning : QMessageBox::Information,
                    tr("Merge Bundles"),
                    conflicts ? tr("Merged with %n conflict(s). The project's side was kept in "
                                   "each; see the details.",
                                   nullptr, conflicts)
                              : tr("Merged without conflicts."),
                    QMessageBox::Ok, m_window);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void TeamActions::consensus()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Consensus and Agreement"));
    auto *summary = new QLabel(&dialog);
    summary->setWordWrap(true);
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels({tr("Annotator"), tr("Assets"), tr("Shapes F1"),
                                      tr("Spans F1"), tr("Classes κ"), tr("Preferences")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *quorum = new QSpinBox(&dialog);
    quorum->setRange(1, 99);
    quorum->setValue(2);
    auto *iou = new QDoubleSpinBox(&dialog);
    iou->setRange(0.05, 1.0);
    iou->setSingleStep(0.05);
    iou->setValue(0.5);
    auto fill = [&]() {
        const Consensus::AgreementReport r = Consensus::agreement(*session->store(), iou->value());
        summary->setText(
                r.assets == 0
                        ? tr("No asset has layers from two or more annotators yet. Split the "
                             "project with an overlap and merge the bundles back.")
                        : tr("%n asset(s) labelled by several annotators. Classes: Fleiss' κ %1, "
                             "Krippendorff's α %2. Shapes F1 %3, spans F1 %4, same preference "
                             "%5.",
                             nullptr, r.assets)
                                  .arg(r.fleissKappa ? figure(*r.fleissKappa) : figure(-1),
                                       r.krippendorffAlpha ? figure(*r.krippendorffAlpha)
                                                           : figure(-1),
                                       figure(r.shapeF1), figure(r.spanF1),
                                       figure(r.preferenceRate)));
        table->setRowCount(int(r.perAnnotator.size()));
        for (int row = 0; row < r.perAnnotator.size(); ++row) {
            const Consensus::AnnotatorAgreement &a = r.perAnnotator[row];
            const QStringList cells{
                    a.name,           QString::number(a.assets), figure(a.shapeF1),
                    figure(a.spanF1), figure(a.classKappa),      figure(a.preferenceRate)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (c > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                table->setItem(row, c, item);
            }
        }
    };
    fill();
    connect(iou, &QDoubleSpinBox::valueChanged, &dialog, fill);
    auto *form = new QFormLayout;
    form->addRow(tr("Annotators who must agree:"), quorum);
    form->addRow(tr("Minimum IoU for the same object:"), iou);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *build
            = buttons->addButton(tr("Build Consensus Proposals"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(build, &QPushButton::clicked, &dialog, [&]() {
        Consensus::Summary s;
        QString error;
        const Consensus::Options options{.quorum = quorum->value(), .minIou = iou->value()};
        if (!m_exchange->runWithProgress(
                    tr("Building the consensus…"),
                    [&](ProjectStore &store, const JobControl &control, QString *why) {
                        return Consensus::apply(store, options, &s, why, control);
                    },
                    &error)) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), error);
            return;
        }
        emit projectChanged();
        emit message(tr("Consensus: %1 proposal(s) on %2 asset(s) to confirm (Y accepts), %3 "
                        "disputed")
                             .arg(s.proposals)
                             .arg(s.assets)
                             .arg(s.disputed));
        dialog.accept();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(640, 420);
    dialog.exec();
}

} // namespace Tessera
