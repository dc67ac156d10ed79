// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "evaluationdialog.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Tessera {

namespace {

QString figure(double value)
{
    return value < 0 ? QStringLiteral("—") : QString::number(value, 'f', 3);
}

} // namespace

EvaluationDialog::EvaluationDialog(const Evaluation &e, const QList<Label> &labels,
                                   const QString &source, QWidget *parent)
    : QDialog(parent)
    , m_confusion(new QTableWidget(this))
{
    setWindowTitle(tr("Evaluation"));
    QHash<qint64, Label> byId;
    for (const Label &l : labels)
        byId.insert(l.id, l);
    auto name = [&byId, this](qint64 id) {
        return id == 0 ? tr("background") : byId.value(id).name;
    };
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(
            tr("<b>%1</b><br>AP@[.5:.95] <b>%2</b> &nbsp; AP50 <b>%3</b> &nbsp; AP75 <b>%4</b>")
                    .arg(source.toHtmlEscaped(), figure(e.ap), figure(e.ap50), figure(e.ap75)),
            this);
    layout->addWidget(summary);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    // Per class figures beside their precision–recall curves at IoU 0.5.
    auto *classes = new QSplitter(Qt::Horizontal, tabs);
    auto *table = new QTableWidget(int(e.references.size()), 4, classes);
    table->setHorizontalHeaderLabels({tr("Class"), tr("AP"), tr("AP50"), tr("References")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    int row = 0;
    auto *chart = new QChart;
    chart->setTitle(tr("Precision and recall at IoU 0.5"));
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 1);
    axisX->setTickCount(6);
    axisX->setTitleText(tr("recall"));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 1);
    axisY->setTickCount(6);
    axisY->setTitleText(tr("precision"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (auto it = e.references.cbegin(); it != e.references.cend(); ++it, ++row) {
        const qint64 id = it.key();
        table->setItem(row, 0, new QTableWidgetItem(name(id)));
        table->setItem(row, 1, new QTableWidgetItem(figure(e.apPerClass.value(id, -1))));
        table->setItem(row, 2, new QTableWidgetItem(figure(e.ap50PerClass.value(id, -1))));
        table->setItem(row, 3, new QTableWidgetItem(QString::number(it.value())));
        const PrCurve curve = e.curves.value(id);
        auto *series = new QLineSeries;
        series->setName(name(id));
        if (byId.value(id).color.isValid())
            series->setColor(byId.value(id).color);
        // A step curve starting at precision 1, recall 0.
        series->append(0, curve.precision.isEmpty() ? 0 : 1);
        for (int i = 0; i < curve.recall.size(); ++i)
            series->append(curve.recall[i], curve.precision[i]);
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    table->resizeColumnsToContents();
    auto *view = new QChartView(chart, classes);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 320);
    classes->addWidget(table);
    classes->addWidget(view);
    classes->setStretchFactor(1, 1);
    tabs->addTab(classes, tr("Classes"));

    // Confusion matrix: rows are references, columns predictions; darker is more.
    QList<qint64> ids;
    for (auto r = e.confusion.cbegin(); r != e.confusion.cend(); ++r) {
        if (!ids.contains(r.key()))
            ids.append(r.key());
        for (auto c = r.value().cbegin(); c != r.value().cend(); ++c)
            if (!ids.contains(c.key()))
                ids.append(c.key());
    }
    std::sort(ids.begin(), ids.end(), [](qint64 a, qint64 b) {
        return (a == 0) != (b == 0) ? b == 0 : a < b; // background last
    });
    m_confusion->setRowCount(int(ids.size()));
    m_confusion->setColumnCount(int(ids.size()));
    QStringList headers;
    for (qint64 id : std::as_const(ids))
        headers.append(name(id));
    m_confusion->setHorizontalHeaderLabels(headers);
    m_confusion->setVerticalHeaderLabels(headers);
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    int most = 1;
    for (const auto &r : e.confusion)
        for (int v : r)
            most = std::max(most, v);
    for (int r = 0; r < ids.size(); ++r) {
        for (int c = 0; c < ids.size(); ++c) {
            const int v = e.confusion.value(ids[r]).value(ids[c]);
            auto *item = new QTableWidgetItem(QString::number(v));
            item->setTextAlignment(Qt::AlignCenter);
            const int shade = 255 - 200 * v / most;
            item->setBackground(r == c ? QColor(shade, 255, shade) : QColor(255, shade, shade));
            item->setForeground(shade < 130 ? Qt::white : Qt::black);
            m_confusion->setItem(r, c, item);
        }
    }
    auto *confusionPage = new QWidget(tabs);
    auto *confusionLayout = new QVBoxLayout(confusionPage);
    confusionLayout->addWidget(new QLabel(tr("Rows: reference class; columns: predicted class "
                                             "(IoU ≥ 0.5)."),
                                          confusionPage));
    confusionLayout->addWidget(m_confusion);
    tabs->addTab(confusionPage, tr("Confusion"));

    // Mistakes, worst first; double-click to see one.
    auto *mistakes = new QTableWidget(int(e.mistakes.size()), 4, tabs);
    mistakes->setHorizontalHeaderLabels({tr("Kind"), tr("Class"), tr("Score"), tr("Asset")});
    mistakes->verticalHeader()->hide();
    mistakes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mistakes->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < e.mistakes.size(); ++i) {
        const EvalMistake &m = e.mistakes[i];
        mistakes->setItem(
                i, 0, new QTableWidgetItem(m.falsePositive ? tr("false positive") : tr("missed")));
        mistakes->setItem(i, 1, new QTableWidgetItem(name(m.box.labelId)));
        mistakes->setItem(i, 2,
                          new QTableWidgetItem(m.falsePositive
                                                       ? QString::number(m.box.score, 'f', 2)
                                                       : QString()));
        auto *asset = new QTableWidgetItem(QString::number(m.box.assetId));
        asset->setData(Qt::UserRole, m.box.assetId);
        mistakes->setItem(i, 3, asset);
    }
    mistakes->resizeColumnsToContents();
    connect(mistakes, &QTableWidget::cellDoubleClicked, this, [this, mistakes](int r, int) {
        emit showAsset(mistakes->item(r, 3)->data(Qt::UserRole).toLongLong());
    });
    tabs->addTab(mistakes, tr("Mistakes (%1)").arg(e.mistakes.size()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace Tessera
