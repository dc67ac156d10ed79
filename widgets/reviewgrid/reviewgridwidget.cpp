// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "reviewgridwidget.h"

#include "dialogs/rejectdialog.h"
#include "document/projectsession.h"
#include "reviewgriddelegate.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

namespace Tessera {

namespace {

// Source choices; the asset view offers the first two only.
enum Source { AnySource, Prelabelled, Person, Proposals, Imported, Assisted };

} // namespace

ReviewGridWidget::ReviewGridWidget(ProjectSession *session, QWidget *parent,
                                   ReviewGridModel::Mode mode)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReviewGridModel(session, this, mode))
    , m_delegate(new ReviewGridDelegate(m_model, this))
    , m_view(new QListView(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true); // the layout of 100k tiles costs one size, not 100k
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(512);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSpacing(2);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalScrollBar()->setSingleStep(24);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_view->setAccessibleName(tr("Review grid"));

    buildFilterBar();
    m_empty = new QLabel(m_view->viewport());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    m_summary = new QLabel(this);
    m_hint = new QLabel(keyHint(), this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setMinimumWidth(0);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary);
    bottom->addSpacing(12);
    bottom->addWidget(m_hint, 1);
    qobject_cast<QVBoxLayout *>(layout())->addWidget(m_view, 1);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(bottom);

    connect(m_model, &ReviewGridModel::summaryChanged, this, &ReviewGridWidget::updateSummary);
    // A re-read (an edit here or in the main window, another program) keeps the reviewer's place:
    // the same tile if it is still listed, else the tile now in its place.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
        m_keptRow = m_view->currentIndex().row();
        m_keptKey = m_model->keyAt(m_keptRow);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        if (!m_model->rowCount())
            return;
        int row = m_keptKey ? m_model->rowOfKey(m_keptKey) : -1;
        if (row < 0)
            row = std::clamp(m_keptRow, 0, m_model->rowCount() - 1);
        m_view->setCurrentIndex(m_model->index(row));
    });
    connect(m_view, &QListView::doubleClicked, this, &ReviewGridWidget::openCurrent);
    connect(m_session, &ProjectSession::bulkEdited, m_model, &ReviewGridModel::refreshAssets);
    connect(m_session, &ProjectSession::changedElsewhere, m_model, &ReviewGridModel::reload);
    connect(m_session, &ProjectSession::edited, m_model,
            [this](qint64 assetId) { m_model->refreshAssets({assetId}); });
    connect(m_session, &ProjectSession::labelsChanged, this,
            [this]() { fillChoices(m_model->mode()); });
    m_modeBox->setCurrentIndex(mode == ReviewGridModel::Mode::Objects ? 1 : 0);
    fillChoices(mode);
    applyFilters();
    updateSummary();
}

QString ReviewGridWidget::keyHint()
{
    return tr("Space mark · A accept · R reject · 1–9 relabel · Del delete · Enter open · "
              "Ctrl+A all · Esc unmark · Ctrl+Z undo");
}

void ReviewGridWidget::buildFilterBar()
{
    m_modeBox = new QComboBox(this);
    m_modeBox->addItem(tr("Assets"));
    m_modeBox->addItem(tr("Objects"));
    m_modeBox->setToolTip(tr("Assets: one tile per asset with its shapes (Ctrl+1). Objects: one "
                             "crop per shape, grouped by label (Ctrl+2)."));
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), -1);
    for (ReviewStatus s : {ReviewStatus::New, ReviewStatus::InProgress, ReviewStatus::Submitted,
                           ReviewStatus::Accepted, ReviewStatus::Rejected, ReviewStatus::Reopened})
        m_status->addItem(reviewStatusName(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(ReviewStatus::Submitted)));
    m_label = new QComboBox(this);
    m_author = new QComboBox(this);
    m_author->setToolTip(tr("Assets: who last started or submitted them. Objects: who made them."));
    m_source = new QComboBox(this);
    m_minScore = new QDoubleSpinBox(this);
    m_maxScore = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_minScore, m_maxScore}) {
        box->setRange(-0.05, 1.0);
        box->setSingleStep(0.05);
        box->setDecimals(2);
        box->setSpecialValueText(tr("any"));
        box->setValue(-0.05);
        box->setToolTip(tr("Model score range of the objects (objects with no score are left out "
                           "when a bound is set)"));
    }
    m_issues = new QCheckBox(tr("Open issues"), this);
    m_zoom = new QSlider(Qt::Horizontal, this);
    m_zoom->setRange(96, 320);
    m_zoom->setValue(m_delegate->side());
    m_zoom->setFixedWidth(120);
    m_zoom->setToolTip(tr("Tile size (+ and − in the grid)"));

    auto *row1 = new QHBoxLayout;
    auto addLabelled = [this](QHBoxLayout *row, const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        row->addWidget(label);
        row->addWidget(w);
    };
    addLabelled(row1, tr("&Show:"), m_modeBox);
    addLabelled(row1, tr("S&tatus:"), m_status);
    addLabelled(row1, tr("&Label:"), m_label);
    addLabelled(row1, tr("&By:"), m_author);
    row1->addStretch(1);
    addLabelled(row1, tr("&Zoom:"), m_zoom);
    auto *row2 = new QHBoxLayout;
    addLabelled(row2, tr("So&urce:"), m_source);
    addLabelled(row2, tr("Score from"), m_minScore);
    addLabelled(row2, tr("to"), m_maxScore);
    row2->addWidget(m_issues);
    row2->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);

    connect(m_modeBox, &QComboBox::activated, this, [this](int index) {
        setMode(index ? ReviewGridModel::Mode::Objects : ReviewGridModel::Mode::Assets);
    });
    for (QComboBox *box : {m_status, m_label, m_author, m_source})
        connect(box, &QComboBox::activated, this, &ReviewGridWidget::applyFilters);
    for (QDoubleSpinBox *box : {m_minScore, m_maxScore})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ReviewGridWidget::applyFilters);
    connect(m_issues, &QCheckBox::toggled, this, &ReviewGridWidget::applyFilters);
    connect(m_zoom, &QSlider::valueChanged, this, &ReviewGridWidget::setZoom);
}

void ReviewGridWidget::fillChoices(ReviewGridModel::Mode mode)
{
    const qint64 label = m_label->currentData().toLongLong();
    m_label->clear();
    m_label->addItem(tr("Any label"), 0);
    for (const Label &l : m_session->labels())
        if (l.kinds & ImageKindFlag)
            m_label->addItem(l.name, l.id);
    m_label->setCurrentIndex(std::max(0, m_label->findData(label)));

    const QString author = m_author->currentData().toString();
    m_author->clear();
    m_author->addItem(tr("Anyone"), QString());
    QStringList names = m_session->store()->reviewers();
    if (!names.contains(m_session->store()->author()))
        names.append(m_session->store()->author());
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names))
        m_author->addItem(name, name);
    m_author->setCurrentIndex(std::max(0, m_author->findData(author)));

    const int source = m_source->currentData().toInt();
    m_source->clear();
    m_source->addItem(tr("Any source"), AnySource);
    if (mode == ReviewGridModel::Mode::Assets) {
        m_source->addItem(tr("Pre-labelled"), Prelabelled);
    } else {
        m_source->addItem(tr("Made by a person"), Person);
        m_source->addItem(tr("Pre-labels"), Prelabelled);
        m_source->addItem(tr("Unreviewed proposals"), Proposals);
        m_source->addItem(tr("Imported"), Imported);
        m_source->addItem(tr("Assisted"), Assisted);
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
    const bool objects = mode == ReviewGridModel::Mode::Objects;
    m_minScore->setEnabled(objects);
    m_maxScore->setEnabled(objects);
}

ReviewWorkflow::QueueFilter ReviewGridWidget::assetFilter() const
{
    const int status = m_status->currentData().toInt();
    ReviewWorkflow::QueueFilter f;
    f.status = status < 0 ? std::nullopt : std::optional(ReviewStatus(status));
    f.labelId = m_label->currentData().toLongLong();
    f.annotator = m_author->currentData().toString();
    f.prelabelledOnly = m_source->currentData().toInt() == Prelabelled;
    f.openIssuesOnly = m_issues->isChecked();
    return f;
}

ObjectFilter ReviewGridWidget::objectFilter() const
{
    const int status = m_status->currentData().toInt();
    ObjectFilter f;
    f.status = status < 0 ? std::nullopt : std::optional(ReviewStatus(status));
    f.labelId = m_label->currentData().toLongLong();
    f.author = m_author->currentData().toString();
    switch (m_source->currentData().toInt()) {
    case Person:
        f.origin = Origin::Human;
        break;
    case Prelabelled:
        f.origin = Origin::Prelabel;
        break;
    case Proposals:
        f.proposalsOnly = true;
        break;
    case Imported:
        f.origin = Origin::Import;
        break;
    case Assisted:
        f.origin = Origin::Assist;
        break;
    default:
        break;
    }
    if (m_minScore->value() > m_minScore->minimum())
        f.minScore = m_minScore->value();
    if (m_maxScore->value() > m_maxScore->minimum())
        f.maxScore = m_maxScore->value();
    f.openIssuesOnly = m_issues->isChecked();
    return f;
}

void ReviewGridWidget::applyFilters()
{
    // Only the shown view's filter matters; the other is kept as the controls say.
    m_model->configure(m_model->mode(), assetFilter(), objectFilter());
}

void ReviewGridWidget::setMode(ReviewGridModel::Mode mode)
{
    m_modeBox->setCurrentIndex(mode == ReviewGridModel::Mode::Objects ? 1 : 0);
    if (mode == m_model->mode())
        return;
    // The choices of the new view first, so that it is read once, with its filters.
    fillChoices(mode);
    m_model->configure(mode, assetFilter(), objectFilter());
}

void ReviewGridWidget::setZoom(int side)
{
    side = std::clamp(side, m_zoom->minimum(), m_zoom->maximum());
    if (m_zoom->value() != side)
        m_zoom->setValue(side); // comes back here through valueChanged
    fitTiles();
}

int ReviewGridWidget::zoom() const
{
    return m_zoom->value();
}

void ReviewGridWidget::fitTiles()
{
    // The number of columns of about the zoom's size nearest to what fits, each tile then sized to
    // fill the row: no strip of empty space on the right, whatever the window's width.
    const int spacing = 2 * m_view->spacing();
    const int extra = m_delegate->sizeHint({}, {}).width() - m_delegate->side() + spacing;
    const int room = m_view->viewport()->width() - 1;
    const int columns = std::max(1, qRound(double(room) / (m_zoom->value() + extra)));
    const int side = std::max(m_zoom->minimum() / 2, room / columns - extra);
    if (side == m_delegate->side())
        return;
    m_delegate->setSide(side);
    m_view->doItemsLayout();
    m_view->scrollTo(m_view->currentIndex());
}

void ReviewGridWidget::updateSummary()
{
    const bool objects = m_model->mode() == ReviewGridModel::Mode::Objects;
    const int shown = m_model->rowCount();
    QString text;
    if (objects && m_model->canFetchMore({}) && m_model->knownTotal() >= 0)
        text = tr("%1 of %n object(s) loaded", nullptr, int(m_model->knownTotal()))
                       .arg(QLocale().toString(shown));
    else if (objects && m_model->canFetchMore({}))
        text = tr("%n object(s) so far (scroll for more)", nullptr, shown);
    else if (objects)
        text = tr("%n object(s)", nullptr, shown);
    else
        text = tr("%n asset(s)", nullptr, shown);
    m_hint->setToolTip(tr("Space marks a tile · A accepts · R rejects with a reason · a label's "
                          "key relabels objects · Delete removes objects · Enter opens the asset · "
                          "Ctrl+A marks all · Esc clears the marks · Ctrl+Z undoes · + and − zoom "
                          "· Ctrl+1 assets, Ctrl+2 objects"));
    if (m_model->markedCount())
        text += QLatin1String(" · ") + tr("%n marked", nullptr, m_model->markedCount());
    m_summary->setText(text);
    // An empty grid says why and what to change, rather than showing a blank page.
    m_empty->setVisible(shown == 0);
    if (shown == 0) {
        m_empty->setText(m_status->currentData().toInt() == int(ReviewStatus::Submitted)
                                 ? tr("Nothing waits for review: no asset is submitted.\nChoose "
                                      "\"Any status\" above to see every asset.")
                                 : tr("No tile matches these filters.\nWiden them above."));
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(40, 40, -40, -40));
    }
}

bool ReviewGridWidget::visibleTilesReady() const
{
    const QRect viewport = m_view->viewport()->rect();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const QRect r = m_view->visualRect(index);
        if (r.top() > viewport.bottom())
            break;
        if (!r.intersects(viewport))
            continue;
        if (AssetKind(index.data(ReviewGridModel::KindRole).toInt()) == AssetKind::Image
            && index.data(ReviewGridModel::ImageRole).value<QImage>().isNull()
            && !index.data(ReviewGridModel::FailedRole).toBool())
            return false;
    }
    return true;
}

QList<qint64> ReviewGridWidget::targets() const
{
    if (m_model->markedCount())
        return m_model->markedKeys();
    const qint64 key = m_model->keyAt(m_view->currentIndex().row());
    return key ? QList<qint64>{key} : QList<qint64>{};
}

void ReviewGridWidget::say(const QString &text)
{
    m_summary->setToolTip(text);
    emit message(text);
    m_hint->setText(text);
    // The key hint comes back after a while: the message was read or it was not important.
    QTimer::singleShot(8000, m_hint, [this, text]() {
        if (m_hint->text() == text)
            m_hint->setText(keyHint());
    });
}

void ReviewGridWidget::afterAction(int changed, bool usedMarks, int row, qint64 key)
{
    if (usedMarks)
        m_model->clearMarks();
    if (changed <= 0 && usedMarks)
        return;
    // One tile at a time: move on to the next, as accept-and-next does on the canvas. When the
    // tile left its place (relabelled into another group, deleted, filtered out) the next one
    // has moved up into it.
    int next = row;
    if (!usedMarks && m_model->keyAt(row) == key)
        ++next;
    m_model->fetchUpTo(next);
    next = std::clamp(next, 0, std::max(0, m_model->rowCount() - 1));
    if (m_model->rowCount()) {
        m_view->setCurrentIndex(m_model->index(next));
        m_view->scrollTo(m_model->index(next));
    }
}

QString ReviewGridWidget::moveSummary(const QString &done, const BulkEdit::StatusResult &result,
                                      const QString &undoKey)
{
    QString text = done;
    if (!result.refused.isEmpty())
        text += QLatin1String("; ") + tr("%n refused: ", nullptr, int(result.refused.size()))
                + result.refused.constFirst();
    if (!result.moved.isEmpty())
        text += QLatin1Char(' ') + tr("(%1 undoes)").arg(undoKey);
    return text;
}

int ReviewGridWidget::moveTargets(ReviewStatus to, bool askReason)
{
    const bool usedMarks = m_model->markedCount() > 0;
    const int row = m_view->currentIndex().row();
    const qint64 key = m_model->keyAt(row);
    const QList<qint64> assets = m_model->assetsOfKeys(targets());
    if (assets.isEmpty())
        return 0;
    std::optional<QString> reason = QString();
    if (askReason)
        reason = m_askReason ? m_askReason(int(assets.size()))
                             : RejectDialog::ask(this,
                                                 ReviewWorkflow::rejectReasons(*m_session->store()),
                                                 int(assets.size()));
    if (!reason)
        return 0;
    const BulkEdit::StatusResult result
            = m_session->setStatuses(assets, to, *reason, m_model->shownVersions(assets));
    const int moved = int(result.moved.size());
    say(moveSummary(to == ReviewStatus::Rejected ? tr("Rejected %n asset(s)", nullptr, moved)
                                                 : tr("Accepted %n asset(s)", nullptr, moved),
                    result, QStringLiteral("Ctrl+Z")));
    afterAction(moved, usedMarks, row, key);
    return moved;
}

int ReviewGridWidget::accept()
{
    return moveTargets(ReviewStatus::Accepted, false);
}

int ReviewGridWidget::reject()
{
    return moveTargets(ReviewStatus::Rejected, true);
}

int ReviewGridWidget::relabel(qint64 labelId)
{
    if (m_model->mode() != ReviewGridModel::Mode::Objects) {
        say(tr("Label keys relabel objects: show Objects (Ctrl+2) to relabel shapes one by one"));
        return 0;
    }
    const bool usedMarks = m_model->markedCount() > 0;
    const int row = m_view->currentIndex().row();
    const qint64 key = m_model->keyAt(row);
    const QList<qint64> ids = targets();
    const int changed = m_session->relabel(ids, labelId);
    if (changed >= 0)
        say(tr("%n object(s) relabelled as %1", nullptr, changed).arg(m_model->labelName(labelId)));
    afterAction(changed, usedMarks, row, key);
    return std::max(0, changed);
}

int ReviewGridWidget::removeObjects()
{
    if (m_model->mode() != ReviewGridModel::Mode::Objects) {
        say(tr("Delete removes objects: show Objects (Ctrl+2) first"));
        return 0;
    }
    const bool usedMarks = m_model->markedCount() > 0;
    const int row = m_view->currentIndex().row();
    const qint64 key = m_model->keyAt(row);
    const QList<qint64> ids = targets();
    if (ids.isEmpty())
        return 0;
    const QString question
            = tr("Delete %n object(s)? Ctrl+Z brings them back.", nullptr, int(ids.size()));
    if (ids.size() > 1) {
        const bool yes = m_confirm ? m_confirm(question)
                                   : QMessageBox::question(this, tr("Delete Objects"), question)
                                             == QMessageBox::Yes;
        if (!yes)
            return 0;
    }
    const int removed = m_session->removeAnnotations(
            ids, tr("Delete %n object(s)", nullptr, int(ids.size())));
    if (removed >= 0)
        say(tr("Deleted %n object(s) (Ctrl+Z undoes)", nullptr, removed));
    afterAction(removed, usedMarks, row, key);
    return std::max(0, removed);
}

void ReviewGridWidget::toggleMark()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    m_model->setMarked(row, !m_model->isMarked(row));
}

void ReviewGridWidget::openCurrent()
{
    if (const qint64 asset = m_model->assetIdAt(m_view->currentIndex().row()))
        emit openAsset(asset);
}

bool ReviewGridWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(40, 40, -40, -40));
        fitTiles();
    }
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    QUndoStack *undo = m_session->projectUndoStack();
    if (mods == Qt::NoModifier) {
        switch (key->key()) {
        case Qt::Key_Space:
            toggleMark();
            return true;
        case Qt::Key_A:
            accept();
            return true;
        case Qt::Key_R:
            reject();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        case Qt::Key_Delete:
            removeObjects();
            return true;
        case Qt::Key_Escape:
            m_model->clearMarks();
            return true;
        case Qt::Key_Plus:
            setZoom(zoom() + 32);
            return true;
        case Qt::Key_Minus:
            setZoom(zoom() - 32);
            return true;
        default:
            break;
        }
    }
    if (mods == Qt::ControlModifier) {
        switch (key->key()) {
        case Qt::Key_A:
            m_model->markAll();
            return true;
        case Qt::Key_Z:
            if (undo->canUndo())
                say(tr("Undone: %1").arg(undo->undoText()));
            undo->undo();
            return true;
        case Qt::Key_Y:
            undo->redo();
            return true;
        case Qt::Key_1:
            setMode(ReviewGridModel::Mode::Assets);
            return true;
        case Qt::Key_2:
            setMode(ReviewGridModel::Mode::Objects);
            return true;
        default:
            break;
        }
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key->key() == Qt::Key_Z) {
        undo->redo();
        return true;
    }
    if (mods == Qt::NoModifier || mods == Qt::ShiftModifier) {
        const QKeySequence pressed(key->keyCombination());
        for (const Label &l : m_session->labels()) {
            if (!l.hotkey.isEmpty() && (l.kinds & ImageKindFlag)
                && QKeySequence(l.hotkey) == pressed) {
                relabel(l.id);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Tessera
