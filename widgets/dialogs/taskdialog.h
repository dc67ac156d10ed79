// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "document/taskconfig.h"
#include "jobs/textrules.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace Tessera {

/**
 * The project's task for text and comparisons: one class or several per document, free-text
 * fields, rating criteria and flags of answers, shuffled answer order, and the span rules
 * (regular expressions and term lists) that propose spans. Rules are checked before it closes.
 */
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    TaskDialog(const TaskConfig &config, const QList<TextRule> &rules, const QList<Label> &labels,
               QWidget *parent = nullptr);

    TaskConfig config() const;
    QList<TextRule> rules() const;

    void accept() override;

private:
    void addRuleRow(const TextRule &rule);

    QList<Label> m_labels;
    QCheckBox *m_singleClass;
    QLineEdit *m_fields;
    QLineEdit *m_criteria;
    QLineEdit *m_flags;
    QCheckBox *m_shuffle;
    QTableWidget *m_rules;
};

} // namespace Tessera
