// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "gridactions.h"

#include "dialogs/rejectdialog.h"
#include "document/projectsession.h"
#include "items/assetlistmodel.h"
#include "quality/reviewworkflow.h"
#include "reviewgrid/reviewgridwidget.h"
#include "store/projectstore.h"

#include <QAction>
#include <QGuiApplication>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QUndoStack>
#include <QWidget>

namespace Tessera {

GridActions::GridActions(std::function<ProjectSession *()> session, QWidget *window)
    : QObject(window)
    , m_session(std::move(session))
    , m_window(window)
{}

void GridActions::addMenu(QMenu *menu)
{
    auto add = [this, menu](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = menu->addAction(text);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_actions.append(a);
        return a;
    };
    add(tr("Review &Grid…"), QKeySequence(tr("Ctrl+Alt+G")),
        [this]() { showGrid(ReviewGridModel::Mode::Assets); });
    add(tr("Object &Crops…"), QKeySequence(tr("Ctrl+Alt+O")),
        [this]() { showGrid(ReviewGridModel::Mode::Objects); });
    m_undo = add(tr("Undo Bulk Edit"), QKeySequence(tr("Ctrl+Alt+Z")), [this]() {
        if (ProjectSession *s = m_session())
            s->projectUndoStack()->undo();
    });
    m_redo = add(tr("Redo Bulk Edit"), QKeySequence(tr("Ctrl+Alt+Shift+Z")), [this]() {
        if (ProjectSession *s = m_session())
            s->projectUndoStack()->redo();
    });
    updateUndo();
}

QList<QAction *> GridActions::browserActions(std::function<QList<qint64>()> selected)
{
    QList<QAction *> actions;
    auto add = [this, &actions](const QString &text, auto slot) {
        auto *a = new QAction(text, this);
        connect(a, &QAction::triggered, this, slot);
        actions.append(a);
    };
    add(tr("Submit"), [this, selected]() { moveAssets(selected(), ReviewStatus::Submitted); });
    add(tr("Accept"), [this, selected]() { moveAssets(selected(), ReviewStatus::Accepted); });
    add(tr("Reject…"), [this, selected]() {
        ProjectSession *s = m_session();
        const QList<qint64> assets = selected();
        if (!s || assets.isEmpty())
            return;
        if (const std::optional<QString> reason = RejectDialog::ask(
                    m_window, ReviewWorkflow::rejectReasons(*s->store()), int(assets.size())))
            moveAssets(assets, ReviewStatus::Rejected, *reason);
    });
    add(tr("Reopen"), [this, selected]() { moveAssets(selected(), ReviewStatus::Reopened); });
    add(tr("Relabel Shapes…"), [this, selected]() {
        ProjectSession *s = m_session();
        if (!s)
            return;
        QStringList names;
        QList<qint64> ids;
        for (const Label &l : s->labels()) {
            if (l.kinds & ImageKindFlag) {
                names.append(l.name);
                ids.append(l.id);
            }
        }
        const QList<qint64> assets = selected();
        bool ok = false;
        const QString name = QInputDialog::getItem(
                m_window, tr("Relabel Shapes"),
                tr("Give every shape of the %n selected asset(s) the label:", nullptr,
                   int(assets.size())),
                names, 0, false, &ok);
        if (!ok || !names.contains(name))
            return;
        QList<qint64> shapes;
        for (qint64 asset : assets)
            for (const Annotation &a : s->store()->shapesOf(asset))
                if (int(a.kind) < int(AnnotationKind::Tag))
                    shapes.append(a.id);
        const int changed = s->relabel(shapes, ids[names.indexOf(name)]);
        if (changed >= 0)
            emit message(tr("%n shape(s) relabelled as %1 (Ctrl+Alt+Z undoes)", nullptr, changed)
                                 .arg(name));
    });
    add(tr("Delete Proposals"), [this, selected]() {
        ProjectSession *s = m_session();
        if (!s)
            return;
        const QList<qint64> proposals = BulkEdit::proposalsOf(*s->store(), selected());
        const int removed = s->removeAnnotations(
                proposals, tr("Delete %n proposal(s)", nullptr, int(proposals.size())));
        if (removed >= 0)
            emit message(tr("Deleted %n proposal(s) (Ctrl+Alt+Z undoes)", nullptr, removed));
    });
    return actions;
}

int GridActions::moveAssets(const QList<qint64> &assets, ReviewStatus to, const QString &reason)
{
    ProjectSession *s = m_session();
    if (!s || assets.isEmpty())
        return 0;
    // The versions the browser shows: an asset another reviewer moved meanwhile is refused.
    const BulkEdit::StatusResult result
            = s->setStatuses(assets, to, reason, s->assetModel()->shownVersions(assets));
    const int moved = int(result.moved.size());
    const QString text = ReviewGridWidget::moveSummary(
            tr("%n asset(s) now %1", nullptr, moved).arg(reviewStatusName(to)), result,
            QStringLiteral("Ctrl+Alt+Z"));
    emit message(text);
    return moved;
}

ReviewGridWidget *GridActions::showGrid(ReviewGridModel::Mode mode)
{
    ProjectSession *session = m_session();
    if (!session)
        return nullptr;
    if (!m_grid) {
        m_grid = new ReviewGridWidget(session, m_window, mode);
        m_grid->setWindowFlag(Qt::Window);
        m_grid->setAttribute(Qt::WA_DeleteOnClose);
        m_grid->setWindowTitle(tr("Review Grid — %1").arg(session->name()));
        const QRect screen = m_window->screen() ? m_window->screen()->availableGeometry()
                                                : QRect(0, 0, 1280, 800);
        // Where the reviewer left it last time (size, place and tile size), else a fair size.
        QSettings settings;
        if (!m_grid->restoreGeometry(
                    settings.value(QStringLiteral("reviewGrid/geometry")).toByteArray()))
            m_grid->resize(std::min(1180, screen.width() - 80),
                           std::min(820, screen.height() - 80));
        if (const int zoom = settings.value(QStringLiteral("reviewGrid/zoom")).toInt(); zoom > 0)
            m_grid->setZoom(zoom);
        m_grid->installEventFilter(this);
        connect(m_grid, &ReviewGridWidget::openAsset, this, [this](qint64 id) {
            emit showAsset(id);
            m_window->raise();
            m_window->activateWindow();
        });
        connect(m_grid, &ReviewGridWidget::message, this, &GridActions::message);
    }
    m_grid->setMode(mode);
    m_grid->show();
    m_grid->raise();
    m_grid->activateWindow();
    m_grid->view()->setFocus();
    return m_grid;
}

bool GridActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::Close) {
        QSettings settings;
        settings.setValue(QStringLiteral("reviewGrid/geometry"), m_grid->saveGeometry());
        settings.setValue(QStringLiteral("reviewGrid/zoom"), m_grid->zoom());
    }
    return QObject::eventFilter(watched, event);
}

void GridActions::sessionChanged()
{
    if (m_grid) {
        // Closed, it is deleted later; a grid asked for before then must be a new one.
        m_grid->close();
        m_grid = nullptr;
    }
    if (ProjectSession *s = m_session()) {
        QUndoStack *stack = s->projectUndoStack();
        connect(stack, &QUndoStack::indexChanged, this, &GridActions::updateUndo,
                Qt::UniqueConnection);
    }
    updateUndo();
}

void GridActions::updateUndo()
{
    if (!m_undo)
        return;
    ProjectSession *s = m_session();
    QUndoStack *stack = s ? s->projectUndoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("Undo %1").arg(stack->undoText())
                                              : tr("Undo Bulk Edit"));
    m_redo->setText(stack && stack->canRedo() ? tr("Redo %1").arg(stack->redoText())
                                              : tr("Redo Bulk Edit"));
    for (QAction *a : std::as_const(m_actions))
        if (a != m_undo && a != m_redo)
            a->setEnabled(s != nullptr);
}

} // namespace Tessera
