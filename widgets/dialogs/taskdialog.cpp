// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "taskdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {

enum Column { NameColumn, LabelColumn, KindColumn, PatternColumn, CaseColumn };

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

} // namespace

TaskDialog::TaskDialog(const TaskConfig &config, const QList<TextRule> &rules,
                       const QList<Label> &labels, QWidget *parent)
    : QDialog(parent)
    , m_singleClass(new QCheckBox(tr("One class per document (choosing a class replaces the "
                                     "previous one)"),
                                  this))
    , m_fields(new QLineEdit(this))
    , m_criteria(new QLineEdit(this))
    , m_flags(new QLineEdit(this))
    , m_shuffle(new QCheckBox(tr("Show answers in a random order per item (against position "
                                 "bias; results are stored in the original order)"),
                              this))
    , m_rules(new QTableWidget(0, 5, this))
{
    setWindowTitle(tr("Task Settings"));
    m_singleClass->setObjectName(QStringLiteral("singleClass"));
    m_fields->setObjectName(QStringLiteral("fields"));
    m_criteria->setObjectName(QStringLiteral("criteria"));
    m_flags->setObjectName(QStringLiteral("flags"));
    m_shuffle->setObjectName(QStringLiteral("shuffle"));
    for (const Label &l : labels) {
        if (l.kinds & TextKindFlag)
            m_labels.append(l);
    }
    auto *tabs = new QTabWidget(this);

    auto *text = new QWidget(tabs);
    auto *textForm = new QFormLayout(text);
    textForm->addRow(m_singleClass);
    m_singleClass->setChecked(config.singleClass);
    m_fields->setText(config.textFields.join(QStringLiteral(", ")));
    m_fields->setPlaceholderText(tr("e.g. summary, corrected answer"));
    textForm->addRow(tr("Free-text fields:"), m_fields);
    tabs->addTab(text, tr("Text"));

    auto *comparison = new QWidget(tabs);
    auto *comparisonForm = new QFormLayout(comparison);
    QStringList criteria;
    for (const RatingCriterion &c : config.criteria)
        criteria.append(QStringLiteral("%1:%2").arg(c.name).arg(c.scale));
    m_criteria->setText(criteria.join(QStringLiteral(", ")));
    m_criteria->setPlaceholderText(tr("NAME:POINTS, e.g. helpfulness:5, correctness:7"));
    comparisonForm->addRow(tr("Rating criteria:"), m_criteria);
    m_flags->setText(config.flags.join(QStringLiteral(", ")));
    comparisonForm->addRow(tr("Flags:"), m_flags);
    m_shuffle->setChecked(config.shuffleAnswers);
    comparisonForm->addRow(m_shuffle);
    tabs->addTab(comparison, tr("Comparisons"));

    auto *rulesPage = new QWidget(tabs);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    auto *help = new QLabel(tr("Rules propose spans (drawn dashed) that you accept with Enter or "
                               "reject with Delete. A pattern is a regular expression; terms "
                               "are matched as whole words, separated by |."),
                            rulesPage);
    help->setWordWrap(true);
    rulesLayout->addWidget(help);
    m_rules->setHorizontalHeaderLabels(
            {tr("Name"), tr("Label"), tr("Kind"), tr("Pattern or terms"), tr("Case")});
    m_rules->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    m_rules->verticalHeader()->hide();
    rulesLayout->addWidget(m_rules, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Rule"), rulesPage);
    auto *remove = new QPushButton(tr("Remove Rule"), rulesPage);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    rulesLayout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this]() {
        TextRule rule;
        rule.name = tr("rule %1").arg(m_rules->rowCount() + 1);
        addRuleRow(rule);
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_rules->currentRow() >= 0)
            m_rules->removeRow(m_rules->currentRow());
    });
    for (const TextRule &r : rules)
        addRuleRow(r);
    tabs->addTab(rulesPage, tr("Span Rules"));

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(box);
    resize(720, 420);
}

void TaskDialog::addRuleRow(const TextRule &rule)
{
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    m_rules->setItem(row, NameColumn, new QTableWidgetItem(rule.name));
    auto *label = new QComboBox(m_rules);
    for (const Label &l : std::as_const(m_labels)) {
        label->addItem(l.name, l.id);
        if (l.id == rule.labelId)
            label->setCurrentIndex(label->count() - 1);
    }
    m_rules->setCellWidget(row, LabelColumn, label);
    auto *kind = new QComboBox(m_rules);
    kind->addItem(tr("Pattern"));
    kind->addItem(tr("Terms"));
    kind->setCurrentIndex(rule.kind == TextRule::Kind::Gazetteer ? 1 : 0);
    m_rules->setCellWidget(row, KindColumn, kind);
    m_rules->setItem(row, PatternColumn,
                     new QTableWidgetItem(rule.kind == TextRule::Kind::Gazetteer
                                                  ? rule.terms.join(QStringLiteral(" | "))
                                                  : rule.pattern));
    auto *caseItem = new QTableWidgetItem;
    caseItem->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    caseItem->setCheckState(rule.caseSensitive ? Qt::Checked : Qt::Unchecked);
    m_rules->setItem(row, CaseColumn, caseItem);
}

TaskConfig TaskDialog::config() const
{
    TaskConfig c;
    c.singleClass = m_singleClass->isChecked();
    c.textFields = splitList(m_fields->text());
    c.flags = splitList(m_flags->text());
    c.shuffleAnswers = m_shuffle->isChecked();
    c.criteria.clear();
    for (const QString &entry : splitList(m_criteria->text())) {
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int scale = colon > 0 ? entry.mid(colon + 1).trimmed().toInt(&ok) : 5;
        c.criteria.append({colon > 0 && ok ? entry.left(colon).trimmed() : entry,
                           std::clamp(ok ? scale : 5, 2, 10)});
    }
    return c;
}

QList<TextRule> TaskDialog::rules() const
{
    QList<TextRule> out;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        TextRule r;
        r.name = m_rules->item(row, NameColumn)->text().trimmed();
        r.labelId = static_cast<QComboBox *>(m_rules->cellWidget(row, LabelColumn))
                            ->currentData()
                            .toLongLong();
        const bool terms
                = static_cast<QComboBox *>(m_rules->cellWidget(row, KindColumn))->currentIndex()
                  == 1;
        r.kind = terms ? TextRule::Kind::Gazetteer : TextRule::Kind::Regex;
        const QString body = m_rules->item(row, PatternColumn)->text();
        if (terms) {
            for (const QString &t : body.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                r.terms.append(t.trimmed());
        } else {
            r.pattern = body;
        }
        r.caseSensitive = m_rules->item(row, CaseColumn)->checkState() == Qt::Checked;
        out.append(r);
    }
    return out;
}

void TaskDialog::accept()
{
    for (const TextRule &r : rules()) {
        if (const QString problem = TextRules::check(r); !problem.isEmpty()) {
            QMessageBox::warning(this, tr("Span rules"), problem);
            return;
        }
    }
    QDialog::accept();
}

} // namespace Tessera
