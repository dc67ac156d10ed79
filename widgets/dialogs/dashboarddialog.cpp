// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "dashboarddialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Tessera {

namespace {

QChartView *barChart(const QString &title, const QStringList &names, const QList<double> &values,
                     double maximum, bool exact, QWidget *parent)
{
    auto *set = new QBarSet(title);
    for (double v : values)
        *set << v;
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(names);
    auto *y = new QValueAxis;
    if (exact) {
        y->setRange(0, maximum);
        y->setLabelFormat(QStringLiteral("%.0f"));
    } else {
        // Round ticks (0, 10, 20, 30, 40 rather than 0, 9, 19, 28, 37): the smallest step of 1, 2
        // or 5 times a power of ten that needs at most five intervals to reach the top.
        const double top = std::max(maximum, 1.0);
        const double magnitude = std::pow(10.0, std::floor(std::log10(top / 5)));
        double step = magnitude;
        for (double factor : {1.0, 2.0, 5.0, 10.0}) {
            step = factor * magnitude;
            if (top / step <= 5)
                break;
        }
        const int intervals = int(std::ceil(top / step - 1e-9));
        y->setRange(0, intervals * step);
        y->setTickCount(intervals + 1);
        y->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

} // namespace

DashboardDialog::DashboardDialog(const QList<AnnotatorReport> &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_table(new QTableWidget(int(report.size()), 10, this))
{
    setWindowTitle(tr("Annotator dashboard"));
    m_table->setHorizontalHeaderLabels({tr("Annotator"), tr("Edits"), tr("Assets"), tr("Hours"),
                                        tr("Assets/hour"), tr("Seconds/asset"), tr("Accepted"),
                                        tr("Rejected"), tr("Gold score"), tr("Agreement")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QStringList names;
    QList<double> speed;
    QList<double> rejection;
    double fastest = 0;
    for (int i = 0; i < report.size(); ++i) {
        const AnnotatorReport &r = report[i];
        const QStringList cells{
                r.name,
                QString::number(r.edits),
                QString::number(r.assets),
                QString::number(r.activeHours, 'f', 2),
                QString::number(r.assetsPerHour, 'f', 1),
                QString::number(r.secondsPerAsset, 'f', 0),
                QString::number(r.accepted),
                QString::number(r.rejected),
                r.goldScored ? QString::number(r.goldScore, 'f', 2) : QStringLiteral("–"),
                r.agreement >= 0 ? QString::number(r.agreement, 'f', 2) : QStringLiteral("–")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
        names.append(r.name);
        speed.append(r.assetsPerHour);
        rejection.append(r.rejectionRate() * 100);
        fastest = std::max(fastest, r.assetsPerHour);
    }
    m_table->resizeColumnsToContents();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    auto *charts = new QHBoxLayout;
    charts->addWidget(barChart(tr("Assets per hour"), names, speed, fastest, false, this));
    charts->addWidget(barChart(tr("Rejected (%)"), names, rejection, 100, true, this));
    layout->addLayout(charts, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(
                this, tr("Save as CSV"), QStringLiteral("annotators.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !saveCsv(path, &error))
            QMessageBox::warning(this, tr("Save as CSV"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 600);
}

bool DashboardDialog::saveCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray csv = ReviewReport::toCsv(m_report);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Tessera
