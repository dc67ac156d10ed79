// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "duplicatesdialog.h"

#include "quality/nearduplicates.h"
#include "store/issuestore.h"
#include "store/projectstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {

constexpr int kThumb = 72;
constexpr int kMaxThumbnails = 600; // beyond that, names only: the list must open at once

QIcon thumbnail(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(kThumb, kThumb, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    return image.isNull() ? QIcon() : QIcon(QPixmap::fromImage(image));
}

} // namespace

DuplicatesDialog::DuplicatesDialog(ProjectStore &store, const QHash<qint64, quint64> &hashes,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_hashes(hashes)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_bits(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Near-Duplicates"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(
            tr("Resized, re-encoded or slightly cropped copies of the same picture. Copies that "
               "end up in both the training and the validation split inflate evaluation scores: "
               "keep each group in one split, or keep one image of it."),
            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Differ in at most:"), this));
    m_slider->setRange(0, 20);
    m_slider->setValue(8);
    m_slider->setToolTip(tr("Bits of the 64-bit perceptual hash: 0 finds only identical "
                            "pictures, 8 finds edited copies, above 12 unrelated pictures join"));
    row->addWidget(m_slider, 1);
    m_bits->setMinimumWidth(m_bits->fontMetrics().horizontalAdvance(tr("%1 bits").arg(20)) + 8);
    row->addWidget(m_bits);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Image"), tr("Size"), tr("Status")});
    m_tree->setIconSize(QSize(kThumb, kThumb));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(false);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *remove = buttons->addButton(tr("&Remove Ticked…"), QDialogButtonBox::ActionRole);
    QPushButton *mark = buttons->addButton(tr("&Mark Ticked"), QDialogButtonBox::ActionRole);
    mark->setToolTip(tr("Opens an issue \"near-duplicate of …\" on each ticked image"));
    QPushButton *skip = buttons->addButton(tr("&Skip Group"), QDialogButtonBox::ActionRole);
    skip->setToolTip(tr("Hides the selected group: these images are meant to be alike"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(remove, &QPushButton::clicked, this, [this] { removeChecked(); });
    connect(mark, &QPushButton::clicked, this, [this] { markChecked(); });
    connect(skip, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_tree->currentItem();
        skipGroup(item && item->parent() ? item->parent() : item);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            emit showAsset(id);
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &DuplicatesDialog::regroup);
    connect(m_slider, &QSlider::valueChanged, this, [this](int bits) {
        m_bits->setText(tr("%1 bits").arg(bits));
        m_debounce.start();
    });
    m_bits->setText(tr("%1 bits").arg(m_slider->value()));
    regroup();
    resize(720, 620);
}

int DuplicatesDialog::threshold() const
{
    return m_slider->value();
}

void DuplicatesDialog::setThreshold(int bits)
{
    m_slider->setValue(bits);
    m_debounce.stop();
    regroup();
}

void DuplicatesDialog::regroup()
{
    m_tree->clear();
    const QList<QList<qint64>> groups = NearDuplicates::groups(m_hashes, threshold());
    int shown = 0;
    int images = 0;
    for (const QList<qint64> &g : groups) {
        if (m_skipped.contains(g.first()))
            continue;
        ++shown;
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("Group %1: %n image(s)", nullptr, int(g.size())).arg(shown));
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (int i = 0; i < g.size(); ++i) {
            const std::optional<Asset> a = m_store.asset(g[i]);
            if (!a)
                continue;
            auto *item = new QTreeWidgetItem(top);
            item->setData(0, Qt::UserRole, g[i]);
            item->setText(0, a->name);
            item->setToolTip(0, m_store.absolutePath(*a));
            item->setText(1, QStringLiteral("%1 × %2").arg(a->width).arg(a->height));
            item->setText(2, reviewStatusName(a->status));
            item->setCheckState(0, i == 0 ? Qt::Unchecked : Qt::Checked);
            if (images++ < kMaxThumbnails)
                item->setIcon(0, thumbnail(m_store.absolutePath(*a)));
        }
        top->setExpanded(true);
    }
    m_summary->setText(shown == 0 ? tr("No near-duplicates at this threshold.")
                                  : tr("%n group(s), %1 images; in each group all but the first "
                                       "are ticked.",
                                       nullptr, shown)
                                            .arg(images));
}

QList<QList<qint64>> DuplicatesDialog::shownGroups() const
{
    QList<QList<qint64>> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QList<qint64> g;
        for (int j = 0; j < m_tree->topLevelItem(i)->childCount(); ++j)
            g.append(m_tree->topLevelItem(i)->child(j)->data(0, Qt::UserRole).toLongLong());
        out.append(g);
    }
    return out;
}

QList<qint64> DuplicatesDialog::checked() const
{
    QList<qint64> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        for (int j = 0; j < m_tree->topLevelItem(i)->childCount(); ++j) {
            const QTreeWidgetItem *item = m_tree->topLevelItem(i)->child(j);
            if (item->checkState(0) == Qt::Checked)
                out.append(item->data(0, Qt::UserRole).toLongLong());
        }
    return out;
}

bool DuplicatesDialog::removeChecked(bool confirm)
{
    const QList<qint64> ids = checked();
    if (ids.isEmpty())
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Remove images"),
                                 tr("Remove %n image(s) and their annotations from the project? "
                                    "The files stay on disk.",
                                    nullptr, int(ids.size())))
                   != QMessageBox::Yes)
        return false;
    bool ok = true;
    {
        ProjectStore::Transaction transaction(m_store);
        for (qint64 id : ids)
            ok = ok && m_store.removeAsset(id);
        ok = ok && transaction.commit();
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Remove images"), m_store.errorString());
        return false;
    }
    for (qint64 id : ids)
        m_hashes.remove(id);
    regroup();
    emit projectChanged();
    return true;
}

bool DuplicatesDialog::markChecked()
{
    IssueStore issues(m_store);
    bool any = false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        const QString first = group->childCount() ? group->child(0)->text(0) : QString();
        for (int j = 0; j < group->childCount(); ++j) {
            const QTreeWidgetItem *item = group->child(j);
            if (item->checkState(0) != Qt::Checked)
                continue;
            Comment issue{.assetId = item->data(0, Qt::UserRole).toLongLong(),
                          .body = tr("Near-duplicate of %1").arg(first)};
            if (!issues.open(issue)) {
                QMessageBox::warning(this, tr("Mark near-duplicates"), issues.errorString());
                return false;
            }
            any = true;
        }
    }
    if (any)
        emit projectChanged();
    return any;
}

void DuplicatesDialog::skipGroup(QTreeWidgetItem *group)
{
    if (!group || !group->childCount())
        return;
    m_skipped.insert(group->child(0)->data(0, Qt::UserRole).toLongLong());
    regroup();
}

} // namespace Tessera
