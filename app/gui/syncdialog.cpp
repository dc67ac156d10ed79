// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "syncdialog.h"

#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "formatdialog.h"
#include "formats/format.h"
#include "store/projectstore.h"
#include "sync/syncengine.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Tessera {

SyncDialog::SyncDialog(SyncEngine *engine, ProjectSession *session, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_session(session)
    , m_targets(new QListWidget)
    , m_conflicts(new QListWidget)
{
    setWindowTitle(tr("Sync targets"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These folders are rewritten after every edit: per-image files at "
                                "once, whole-dataset files when you pause. A file someone else "
                                "changed is never overwritten; it is listed below."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_targets);
    auto *targetButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Folder…"));
    m_remove = new QPushButton(tr("&Remove"));
    targetButtons->addWidget(add);
    targetButtons->addWidget(m_remove);
    targetButtons->addStretch();
    layout->addLayout(targetButtons);

    layout->addWidget(new QLabel(tr("Files changed outside Tessera:")));
    layout->addWidget(m_conflicts);
    auto *conflictButtons = new QHBoxLayout;
    m_differences = new QPushButton(tr("Show &Differences"));
    m_take = new QPushButton(tr("&Take the File's Version"));
    m_overwrite = new QPushButton(tr("&Overwrite with the Project's"));
    conflictButtons->addWidget(m_differences);
    conflictButtons->addWidget(m_take);
    conflictButtons->addWidget(m_overwrite);
    conflictButtons->addStretch();
    layout->addLayout(conflictButtons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(close);
    resize(720, 480);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, [this]() { addTarget(); });
    connect(m_remove, &QPushButton::clicked, this, [this]() { removeTarget(); });
    connect(m_differences, &QPushButton::clicked, this, [this]() { showDifferences(); });
    connect(m_take, &QPushButton::clicked, this, [this]() { takeFile(); });
    connect(m_overwrite, &QPushButton::clicked, this, [this]() { overwriteFile(); });
    connect(m_targets, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_conflicts, &QListWidget::currentRowChanged, this, [this]() {
        const int row = currentConflict();
        m_differences->setEnabled(row >= 0);
        m_take->setEnabled(row >= 0 && m_engine->canTakeExternal(m_engine->conflicts()[row]));
        m_overwrite->setEnabled(row >= 0);
    });
    connect(m_engine, &SyncEngine::stateChanged, this, [this]() { refresh(); });
    refresh();
}

int SyncDialog::currentConflict() const
{
    const int row = m_conflicts->currentRow();
    return row < m_engine->conflicts().size() ? row : -1;
}

void SyncDialog::refresh()
{
    // Rebuilding the lists must not re-enter through their selection signals.
    const QSignalBlocker blockTargets(m_targets);
    const QSignalBlocker blockConflicts(m_conflicts);
    const int targetRow = m_targets->currentRow();
    m_targets->clear();
    for (const SyncTarget &t : m_engine->targets()) {
        const Format *f = FormatRegistry::find(t.format);
        QStringList options;
        for (auto it = t.options.cbegin(); it != t.options.cend(); ++it)
            options.append(it.key() + QLatin1Char('=') + it.value());
        m_targets->addItem(
                tr("%1 → %2%3")
                        .arg(f ? f->displayName() : t.format, QDir::toNativeSeparators(t.folder),
                             options.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(
                                                       options.join(QStringLiteral(", ")))));
    }
    m_targets->setCurrentRow(std::min(targetRow, m_targets->count() - 1));
    m_remove->setEnabled(m_targets->currentRow() >= 0);
    const int conflictRow = m_conflicts->currentRow();
    m_conflicts->clear();
    for (const SyncEngine::Conflict &c : m_engine->conflicts())
        m_conflicts->addItem(QDir::toNativeSeparators(
                QDir(m_engine->targets().value(c.target).folder).filePath(c.file)));
    m_conflicts->setCurrentRow(std::min(conflictRow, m_conflicts->count() - 1));
    const int row = currentConflict();
    m_differences->setEnabled(row >= 0);
    m_take->setEnabled(row >= 0 && m_engine->canTakeExternal(m_engine->conflicts()[row]));
    m_overwrite->setEnabled(row >= 0);
}

void SyncDialog::addTarget()
{
    FormatDialog dialog(FormatDialog::SyncTarget, m_session->store(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<SyncTarget> targets = m_engine->targets();
    targets.append({QFileInfo(dialog.path()).absoluteFilePath(), dialog.format()->shortName(),
                    dialog.options()});
    QString error;
    if (!m_engine->setTargets(targets, &error))
        QMessageBox::warning(this, tr("Sync targets"), error);
    refresh();
}

void SyncDialog::removeTarget()
{
    QList<SyncTarget> targets = m_engine->targets();
    const int row = m_targets->currentRow();
    if (row < 0 || row >= targets.size())
        return;
    targets.removeAt(row);
    QString error;
    if (!m_engine->setTargets(targets, &error))
        QMessageBox::warning(this, tr("Sync targets"), error);
    refresh();
}

void SyncDialog::showDifferences()
{
    const int row = currentConflict();
    if (row < 0)
        return;
    QString error;
    const QStringList lines = m_engine->differences(m_engine->conflicts()[row], &error);
    QMessageBox box(QMessageBox::Information, tr("Differences"),
                    error.isEmpty()
                            ? (lines.isEmpty() ? tr("The file holds the same annotations as the "
                                                    "project; only its form differs.")
                                               : tr("+ in the file only, − in the project only:"))
                            : error,
                    QMessageBox::Ok, this);
    if (!lines.isEmpty())
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void SyncDialog::takeFile()
{
    const int row = currentConflict();
    if (row < 0)
        return;
    const SyncEngine::Conflict conflict = m_engine->conflicts()[row];
    QString error;
    const std::optional<QList<Annotation>> external
            = m_engine->externalAnnotations(conflict, &error);
    AssetDocument *document = external ? m_session->document(conflict.assetId, &error) : nullptr;
    if (!document) {
        QMessageBox::warning(this, tr("Sync targets"), error);
        return;
    }
    // One undo step: the asset's annotations become the file's.
    QList<qint64> ids;
    for (const Annotation &a : document->annotations())
        ids.append(a.id);
    document->undoStack()->beginMacro(tr("Take %1").arg(QFileInfo(conflict.file).fileName()));
    if (!ids.isEmpty())
        document->removeAnnotations(ids);
    if (!external->isEmpty())
        document->addAnnotations(*external, tr("Take %1").arg(conflict.file));
    document->undoStack()->endMacro();
    m_session->reloadLabels();
    m_engine->resolveTaken(conflict);
    refresh();
}

void SyncDialog::overwriteFile()
{
    const int row = currentConflict();
    if (row < 0)
        return;
    QString error;
    if (!m_engine->resolveOverwrite(m_engine->conflicts()[row], &error))
        QMessageBox::warning(this, tr("Sync targets"), error);
    refresh();
}

} // namespace Tessera
