// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "rejectdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Tessera::RejectDialog {

struct RejectDialogText
{
    Q_DECLARE_TR_FUNCTIONS(RejectDialog)
};

std::optional<QString> ask(QWidget *parent, const QStringList &reasons, int count)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(count > 1 ? RejectDialogText::tr("Reject %n Assets", nullptr, count)
                                    : RejectDialogText::tr("Reject"));
    auto *reason = new QComboBox(&dialog);
    reason->addItems(reasons);
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(RejectDialogText::tr("What should be fixed (optional)"));
    note->setMinimumWidth(280);
    auto *form = new QFormLayout(&dialog);
    form->addRow(RejectDialogText::tr("Reason:"), reason);
    form->addRow(RejectDialogText::tr("Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(RejectDialogText::tr("Reject"));
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return note->text().trimmed().isEmpty()
                   ? reason->currentText()
                   : reason->currentText() + QStringLiteral(": ") + note->text().trimmed();
}

} // namespace Tessera::RejectDialog
