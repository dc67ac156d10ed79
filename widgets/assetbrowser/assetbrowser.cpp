// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "assetbrowser.h"

#include "assetdelegate.h"
#include "items/assetlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tessera {

namespace {

// The status filter's entry for assets with open review issues (statuses are 0 and up).
constexpr int openIssuesItem = 1000;

} // namespace

AssetBrowser::AssetBrowser(QWidget *parent)
    : QWidget(parent)
    , m_delegate(new AssetDelegate(this))
    , m_view(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_gridButton(new QToolButton(this))
    , m_filterTimer(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search names…"));
    m_search->setClearButtonEnabled(true);
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Images"), int(AssetKind::Image));
    m_kind->addItem(tr("Texts"), int(AssetKind::Text));
    m_kind->addItem(tr("Comparisons"), int(AssetKind::Comparison));
    m_status->addItem(tr("Any status"), -1);
    for (ReviewStatus s : {ReviewStatus::New, ReviewStatus::InProgress, ReviewStatus::Submitted,
                           ReviewStatus::Accepted, ReviewStatus::Rejected, ReviewStatus::Reopened})
        m_status->addItem(reviewStatusName(s), int(s));
    m_status->addItem(tr("With open issues"), openIssuesItem);
    m_label->addItem(tr("Any label"), 0);
    m_gridButton->setText(tr("Grid"));
    m_gridButton->setCheckable(true);
    m_gridButton->setToolTip(tr("Show thumbnails in a grid"));

    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true); // lets the view skip measuring 100k rows
    // One pass: with uniform sizes the layout of 100k rows is arithmetic, and a batched layout
    // would make the scroll bar grow for seconds after opening.
    m_view->setLayoutMode(QListView::SinglePass);
    // Several at once for the bulk actions (context menu); a plain click or arrow still selects
    // one, which is the asset shown.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (m_bulkActions.isEmpty() || !m_model)
            return;
        QMenu menu(this);
        const int count = int(selectedAssetIds().size());
        menu.addSection(tr("%n selected asset(s)", nullptr, count));
        menu.addActions(m_bulkActions);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    m_view->setMouseTracking(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    m_view->viewport()->installEventFilter(this);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_label, 1);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_gridButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    // Typing refilters after a short pause rather than on every key.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &AssetBrowser::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_kind, m_status, m_label})
        connect(combo, &QComboBox::currentIndexChanged, this, &AssetBrowser::applyFilter);
    connect(m_gridButton, &QToolButton::toggled, this, &AssetBrowser::setGrid);
}

void AssetBrowser::keyPressEvent(QKeyEvent *event)
{
    // The list and the search field leave Esc unused: it comes here.
    if (event->key() == Qt::Key_Escape) {
        emit leaveRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AssetBrowser::setModel(AssetListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_view->setModel(model);
    if (!model)
        return;
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        emit selectionCountChanged(int(m_view->selectionModel()->selectedRows().size()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid() ? m_model->assetIdAt(current.row()) : 0;
                if (m_restoring && id == m_kept)
                    return; // the same asset, found again after a reload: nothing changed
                emit currentAssetChanged(id);
            });
    // A reset (another program wrote, a filter changed) forgets the current row; the asset the
    // user was on stays current when it is still listed, instead of the window jumping away.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this]() { m_kept = currentAssetId(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this]() {
        const int row = m_kept ? m_model->rowOf(m_kept) : -1;
        if (row >= 0) {
            m_restoring = true;
            selectRow(row);
            m_restoring = false;
        }
        m_kept = 0;
    });
}

void AssetBrowser::setLabels(const QList<Label> &labels)
{
    const qint64 current = m_label->currentData().toLongLong();
    QSignalBlocker blocker(m_label);
    m_label->clear();
    m_label->addItem(tr("Any label"), 0);
    for (const Label &l : labels)
        m_label->addItem(l.name, l.id);
    m_label->setCurrentIndex(std::max(0, m_label->findData(current)));
}

void AssetBrowser::applyFilter()
{
    if (!m_model)
        return;
    const qint64 keep = currentAssetId();
    AssetFilter filter;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kind = AssetKind(kind);
    if (const int status = m_status->currentData().toInt(); status == openIssuesItem)
        filter.openIssuesOnly = true;
    else if (status >= 0)
        filter.status = ReviewStatus(status);
    filter.labelId = m_label->currentData().toLongLong();
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
    if (!selectAsset(keep) && m_model->rowCount() > 0)
        selectRow(0);
}

qint64 AssetBrowser::currentAssetId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_model ? m_model->assetIdAt(current.row()) : 0;
}

void AssetBrowser::selectRow(int row)
{
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QList<qint64> AssetBrowser::selectedAssetIds() const
{
    QList<qint64> ids;
    if (!m_model || !m_view->selectionModel())
        return ids;
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows))
        ids.append(m_model->assetIdAt(row));
    if (ids.isEmpty() && currentAssetId())
        ids.append(currentAssetId());
    return ids;
}

bool AssetBrowser::selectAsset(qint64 assetId)
{
    if (!m_model || !assetId)
        return false;
    const int row = m_model->rowOf(assetId);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

bool AssetBrowser::step(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return false;
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + delta : 0;
    if (row < 0 || row >= m_model->rowCount())
        return false;
    selectRow(row);
    return true;
}

bool AssetBrowser::nextUnlabeled()
{
    if (!m_model)
        return false;
    const int start = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : 0;
    for (int row = start; row < m_model->rowCount(); ++row) {
        if (m_model->data(m_model->index(row), AssetListModel::AnnotationCountRole).toInt() == 0) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

void AssetBrowser::setGrid(bool grid)
{
    QSignalBlocker blocker(m_gridButton);
    m_gridButton->setChecked(grid);
    m_delegate->setGrid(grid);
    m_view->setViewMode(grid ? QListView::IconMode : QListView::ListMode);
    m_view->setFlow(grid ? QListView::LeftToRight : QListView::TopToBottom);
    m_view->setWrapping(grid);
    m_view->setMovement(QListView::Static);
    m_view->setSpacing(0);
    // The tile size follows the viewport's width: a scroll bar that comes and goes with it could
    // make the layout flip between two sizes.
    m_view->setVerticalScrollBarPolicy(grid ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAsNeeded);
    fitGrid();
    m_view->setUniformItemSizes(true);
    m_view->scrollTo(m_view->currentIndex());
}

void AssetBrowser::fitGrid()
{
    // An explicit cell keeps tiles evenly spaced; its size follows the view's width, so that a
    // narrow dock shows two columns rather than one.
    if (!m_delegate->isGrid()) {
        m_view->setGridSize(QSize());
        return;
    }
    const int width = m_view->viewport()->width();
    const int side = AssetDelegate::gridSideFor(width > 0 ? width : m_view->width());
    m_delegate->setGridSide(side);
    const QSize cell = m_delegate->sizeHint({}, {}) + QSize(6, 6);
    if (m_view->gridSize() != cell)
        m_view->setGridSize(cell);
}

bool AssetBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitGrid();
    return QWidget::eventFilter(watched, event);
}

bool AssetBrowser::isGrid() const
{
    return m_delegate->isGrid();
}

void AssetBrowser::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace Tessera
