// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "issueactions.h"

#include "core/shapegeometry.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "imagecanvas/imagecanvas.h"
#include "panels/issuepanel.h"
#include "quality/reviewworkflow.h"
#include "store/issuestore.h"
#include "store/layerstore.h"
#include "store/projectstore.h"
#include "textcanvas/textview.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QUndoGroup>

namespace Tessera {

IssueActions::IssueActions(std::function<ProjectSession *()> session, ImageCanvas *canvas,
                           TextView *textView, QWidget *window)
    : QObject(window)
    , m_session(std::move(session))
    , m_canvas(canvas)
    , m_textView(textView)
    , m_window(window)
    , m_panel(new IssuePanel(window))
    , m_banner(new QLabel(window))
    , m_rejection(new QLabel(window))
{
    m_rejection->setObjectName(QStringLiteral("rejectionBanner"));
    m_rejection->setStyleSheet(QStringLiteral(
            "QLabel#rejectionBanner { background: #b3261e; color: white; padding: 5px 10px; }"));
    m_rejection->setWordWrap(true);
    m_rejection->setVisible(false);
    m_banner->setObjectName(QStringLiteral("reviewerBanner"));
    m_banner->setStyleSheet(QStringLiteral(
            "QLabel#reviewerBanner { background: #5b2a86; color: white; padding: 5px 10px; }"));
    m_banner->setVisible(false);
    connect(m_panel, &IssuePanel::replyRequested, this, [this](qint64 id, const QString &text) {
        ProjectSession *s = m_session();
        if (!s)
            return;
        IssueStore issues(*s->store());
        Comment reply{.body = text};
        if (!issues.reply(id, reply))
            emit message(issues.errorString());
        refresh();
    });
    connect(m_panel, &IssuePanel::resolveRequested, this, [this](qint64 id, bool resolved) {
        ProjectSession *s = m_session();
        if (!s)
            return;
        IssueStore issues(*s->store());
        if (!issues.setResolved(id, resolved))
            emit message(issues.errorString());
        refresh();
        if (m_document)
            emit issuesChanged(m_document->assetId());
    });
    connect(m_panel, &IssuePanel::shownIssuesChanged, this, [this]() {
        const QList<Comment> shown = m_panel->shownIssues();
        m_canvas->setPins(shown);
        QList<std::pair<qint64, qint64>> spans;
        for (const Comment &c : shown)
            if (c.hasSpan() && !c.resolved)
                spans.append({c.spanStart, c.spanEnd});
        m_textView->setIssueSpans(spans);
    });
    connect(m_panel, &IssuePanel::issueActivated, this, [this](const Comment &issue) {
        if (issue.hasSpan())
            m_textView->select(issue.spanStart, issue.spanEnd);
        else if (issue.annotationId)
            m_canvas->setSelection({issue.annotationId});
    });
}

void IssueActions::addDock(QMainWindow *window)
{
    auto *dock = new QDockWidget(tr("Issues"), window);
    dock->setObjectName(QStringLiteral("issues"));
    dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    // Issues share the history's place: both are about what happened to this asset.
    if (auto *history = window->findChild<QDockWidget *>(QStringLiteral("history")))
        window->tabifyDockWidget(history, dock);
    dock->raise();
}

QWidget *IssueActions::banner() const
{
    return m_banner;
}

QWidget *IssueActions::rejectionBanner() const
{
    return m_rejection;
}

void IssueActions::refreshRejection()
{
    ProjectSession *s = m_session();
    const std::optional<ReviewEntry> rejection
            = s && m_document ? ReviewWorkflow::lastRejection(*s->store(), m_document->assetId())
                              : std::nullopt;
    m_rejection->setVisible(rejection.has_value());
    if (rejection)
        m_rejection->setText(tr("Rejected by %1: %2. Fix it, then F5 submits it again; the "
                                "Issues dock has the thread.")
                                     .arg(rejection->reviewer, rejection->reason));
}

void IssueActions::addToMenu(QMenu *menu)
{
    auto add = [this, menu](const QString &text, const QString &key,
                            const std::function<void()> &slot) {
        QAction *a = menu->addAction(text);
        a->setShortcut(QKeySequence(key));
        connect(a, &QAction::triggered, this, slot);
        m_actions.append(a);
        return a;
    };
    menu->addSeparator();
    m_newIssue = add(tr("New &Issue…"), tr("Ctrl+Alt+N"), [this]() {
        bool ok = false;
        const QString body = QInputDialog::getMultiLineText(
                m_window, tr("New Issue"),
                tr("What should be fixed? The issue is pinned to the selection, or to the point "
                   "under the mouse."),
                QString(), &ok);
        if (ok)
            openIssue(body);
    });
    m_reviewerMode = add(tr("Re&viewer Mode"), tr("Ctrl+Alt+V"),
                         [this]() { setReviewerMode(m_reviewerMode->isChecked()); });
    m_reviewerMode->setCheckable(true);
    m_fix = add(tr("&Fix This Asset"), tr("Ctrl+Alt+E"), [this]() {
        if (!m_document)
            return;
        m_fixing = m_fixing == m_document->assetId() ? 0 : m_document->assetId();
        applyReadOnly();
    });
    m_fix->setCheckable(true);
    m_layers = add(tr("Show Annotator &Layers"), tr("Ctrl+Alt+L"), [this]() { refreshLayers(); });
    m_layers->setCheckable(true);
    assetShown(nullptr);
}

bool IssueActions::reviewerMode() const
{
    return m_reviewerMode && m_reviewerMode->isChecked();
}

void IssueActions::setReviewerMode(bool on)
{
    if (m_reviewerMode)
        m_reviewerMode->setChecked(on);
    m_fixing = 0;
    applyReadOnly();
    emit message(on ? tr("Reviewer mode: assets are read-only; Ctrl+Alt+E fixes this one")
                    : tr("Reviewer mode off"));
}

void IssueActions::assetShown(AssetDocument *document)
{
    if (m_document && m_document != document)
        disconnect(m_document, &AssetDocument::editRefused, this, nullptr);
    if (document && document != m_document)
        // Qt::UniqueConnection works with member functions only (not with a lambda): the slot is
        // one, so that showing the same asset twice does not say it twice.
        connect(document, &AssetDocument::editRefused, this, &IssueActions::sayReadOnly,
                Qt::UniqueConnection);
    m_document = document;
    if (m_newIssue)
        m_newIssue->setEnabled(document && document->asset().kind != AssetKind::Comparison);
    applyReadOnly();
    refresh();
}

void IssueActions::sayReadOnly()
{
    if (!m_readOnlyReason.isEmpty())
        emit message(m_readOnlyReason);
}

void IssueActions::statusChanged()
{
    applyReadOnly();
    refresh();
}

void IssueActions::applyReadOnly()
{
    const bool reviewing = reviewerMode();
    const bool fixing = m_document && m_fixing == m_document->assetId();
    m_readOnlyReason.clear();
    if (m_document) {
        ProjectSession *s = m_session();
        std::optional<Asset> asset = s ? s->store()->asset(m_document->assetId()) : std::nullopt;
        // The reasons in the order the user can act on them: a project that cannot be written
        // stays read-only; an accepted asset is reopened with F8 (also by a reviewer who fixes
        // it, so that the fix goes through review again); reviewer mode ends or fixes.
        if (s && s->store()->isReadOnly())
            m_readOnlyReason = tr("Read-only: the project file %1 cannot be written")
                                       .arg(s->store()->location().display());
        else if (asset && asset->status == ReviewStatus::Accepted)
            m_readOnlyReason = tr("Read-only: this asset was accepted. F8 reopens it for edits");
        else if (reviewing && !fixing)
            m_readOnlyReason = tr("Read-only in reviewer mode: Ctrl+Alt+E to fix this asset");
        m_document->setReadOnly(!m_readOnlyReason.isEmpty());
        // Undo and redo would change a read-only asset too: they follow the same switch.
        if (s)
            s->undoGroup()->setActiveStack(m_document->isReadOnly() ? nullptr
                                                                    : m_document->undoStack());
    }
    if (m_fix) {
        m_fix->setEnabled(reviewing && m_document);
        m_fix->setChecked(fixing);
    }
    m_banner->setVisible(reviewing);
    m_banner->setText(fixing ? tr("Reviewer mode · fixing this asset: your edits are saved. "
                                  "Ctrl+Alt+E ends fixing.")
                             : tr("Reviewer mode · read-only. F6 accept and next · F7 reject · "
                                  "Ctrl+Alt+N issue · Ctrl+Alt+E fix this asset"));
}

bool IssueActions::openIssue(const QString &body)
{
    ProjectSession *s = m_session();
    if (!s || !m_document || body.trimmed().isEmpty())
        return false;
    Comment issue{.assetId = m_document->assetId(), .body = body.trimmed()};
    if (m_document->asset().kind == AssetKind::Image) {
        const QList<Annotation> selected = m_canvas->selectedAnnotations();
        if (!selected.isEmpty()) {
            QRectF bounds;
            for (const Annotation &a : selected)
                bounds = bounds.united(ShapeGeometry::boundingRect(a));
            issue.region = bounds;
            if (selected.size() == 1)
                issue.annotationId = selected.constFirst().id;
        } else if (const std::optional<QPointF> p = m_canvas->pointerPosition()) {
            issue.region = QRectF(*p, QSizeF(0, 0));
        } else {
            const QSize size = m_canvas->imageSize();
            issue.region = QRectF(QPointF(size.width() / 2.0, size.height() / 2.0), QSizeF());
        }
    } else if (m_document->asset().kind == AssetKind::Text) {
        if (const auto span = m_textView->selectedSpan()) {
            issue.spanStart = span->first;
            issue.spanEnd = span->second;
        } else if (const std::optional<Annotation> a
                   = m_document->annotation(m_textView->selectedAnnotation())) {
            if (a->kind == AnnotationKind::Span) {
                issue.spanStart = a->start;
                issue.spanEnd = a->end;
            }
            issue.annotationId = a->id;
        }
    }
    IssueStore issues(*s->store());
    if (!issues.open(issue)) {
        emit message(issues.errorString());
        return false;
    }
    refresh();
    m_panel->setCurrentIssue(issue.id);
    emit issuesChanged(issue.assetId);
    emit message(tr("Issue opened"));
    return true;
}

void IssueActions::refreshLayers()
{
    ProjectSession *s = m_session();
    QList<ImageCanvas::OverlayShape> overlay;
    if (s && m_document && m_layers && m_layers->isChecked()) {
        // A fixed colour per annotator (by name), distinct from one another in the usual case.
        static const QList<QColor> palette{QColor(0, 150, 136), QColor(255, 152, 0),
                                           QColor(63, 81, 181), QColor(205, 220, 57),
                                           QColor(121, 85, 72), QColor(0, 188, 212)};
        const QMap<QString, QList<Annotation>> layers
                = LayerStore(*s->store()).layers(m_document->assetId());
        int index = 0;
        for (auto it = layers.cbegin(); it != layers.cend(); ++it, ++index)
            for (const Annotation &a : it.value())
                if (ShapeGeometry::isShape(a.kind))
                    overlay.append({a, it.key(), palette[index % palette.size()]});
        if (layers.isEmpty())
            emit message(tr("No annotator layers on this asset"));
    }
    m_canvas->setOverlay(overlay);
}

void IssueActions::refresh()
{
    refreshLayers();
    refreshRejection();
    ProjectSession *s = m_session();
    if (!s || !m_document) {
        m_panel->setThreads({});
        return;
    }
    m_panel->setThreads(IssueStore(*s->store()).threads(m_document->assetId()));
}

} // namespace Tessera
