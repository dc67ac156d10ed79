// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "shapelistpanel.h"

#include "items/shapelistmodel.h"

#include <QItemSelectionModel>
#include <QListView>
#include <QVBoxLayout>

namespace Tessera {

ShapeListPanel::ShapeListPanel(ShapeListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
{
    m_view->setModel(model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformItemSizes(true); // 10,000 shapes list as fast as 10
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        if (m_updating)
            return;
        m_wanted = selection();
        emit selectionChanged(m_wanted);
    });
    // An edit reloads the list, which forgets its selection: the selection itself did not
    // change, so put it back without echoing it.
    connect(model, &QAbstractItemModel::modelReset, this, [this]() { setSelection(m_wanted); });
}

QList<qint64> ShapeListPanel::selection() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ShapeListPanel::setSelection(const QList<qint64> &ids)
{
    m_wanted = ids;
    m_updating = true;
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row), m_model->index(row));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!ids.isEmpty() && m_model->rowOf(ids.constFirst()) >= 0)
        m_view->scrollTo(m_model->index(m_model->rowOf(ids.constFirst())));
    m_updating = false;
}

} // namespace Tessera
