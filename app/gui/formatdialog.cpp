// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "formatdialog.h"

#include "formats/format.h"
#include "jobs/exportjob.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace Tessera {

FormatDialog::FormatDialog(Mode mode, ProjectStore *store, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_store(store)
{
    const bool writing = mode != Import;
    setWindowTitle(mode == Import   ? tr("Import annotations")
                   : mode == Export ? tr("Export annotations")
                                    : tr("Add a sync target"));
    auto *form = new QFormLayout;
    m_format = new QComboBox;
    for (Format *f : FormatRegistry::all())
        if (f->capabilities() & (writing ? Format::Write : Format::Read))
            m_format->addItem(f->displayName(), f->shortName());
    form->addRow(tr("&Format:"), m_format);

    m_path = new QLineEdit;
    m_path->setMinimumWidth(420);
    m_path->setPlaceholderText(mode == Import   ? tr("The file or folder to read")
                               : mode == Export ? tr("A folder (or file) to write into")
                                                : tr("The folder to keep in step"));
    // Parented at once: a widget that is not laid out in this mode (File… when writing, the
    // losses when reading) would otherwise be leaked (LeakSanitizer found them).
    auto *browseFile = new QPushButton(tr("File…"), this);
    auto *browseFolder = new QPushButton(tr("Folder…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    if (mode == Import)
        row->addWidget(browseFile);
    else
        browseFile->hide();
    row->addWidget(browseFolder);
    form->addRow(writing ? tr("To:") : tr("From:"), row);
    connect(browseFile, &QPushButton::clicked, this, [this]() {
        const QString file = QFileDialog::getOpenFileName(this, windowTitle(), m_path->text(),
                                                          format()->nameFilter());
        if (!file.isEmpty())
            m_path->setText(file);
    });
    connect(browseFolder, &QPushButton::clicked, this, [this]() {
        const QString folder
                = QFileDialog::getExistingDirectory(this, windowTitle(), m_path->text());
        if (!folder.isEmpty())
            m_path->setText(folder);
    });

    m_optionsForm = new QFormLayout;
    form->addRow(m_optionsForm);
    if (mode == Import) {
        // Not remembered: Replace removes work, so every import starts from the safe Merge.
        m_importMode = new QComboBox; // parented by the layout, after the format box
        m_importMode->setObjectName(QStringLiteral("importMode"));
        m_importMode->addItem(tr("Merge: add what is new, keep the rest"), int(ImportMode::Merge));
        m_importMode->addItem(tr("Replace: these assets get exactly the file's annotations"),
                              int(ImportMode::Replace));
        m_importMode->addItem(tr("Append: add everything, also what is there"),
                              int(ImportMode::Append));
        m_importMode->setToolTip(
                tr("Annotations the file repeats (same label and shape) are matched with the "
                   "stored ones, so importing the same data twice changes nothing. Replace also "
                   "removes what the file's assets hold beyond the file, your own work included."));
        form->addRow(tr("Already in the project:"), m_importMode);
    }
    m_losses = new QLabel(this);
    m_losses->setWordWrap(true);
    m_losses->setTextFormat(Qt::PlainText);
    if (writing)
        form->addRow(tr("Not carried:"), m_losses);
    else
        m_losses->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(mode == Import ? tr("Import") : mode == Export ? tr("Export") : tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);

    QSettings settings;
    m_format->setCurrentIndex(std::max(
            0, m_format->findData(
                       settings.value(settingsPrefix() + QStringLiteral("format")).toString())));
    m_path->setText(settings.value(settingsPrefix() + QStringLiteral("path")).toString());
    connect(m_format, &QComboBox::currentIndexChanged, this, [this]() { formatChanged(); });
    connect(m_path, &QLineEdit::textChanged, this,
            [this]() { m_ok->setEnabled(!path().isEmpty()); });
    formatChanged();
}

QString FormatDialog::settingsPrefix() const
{
    return m_mode == Import   ? QStringLiteral("import/")
           : m_mode == Export ? QStringLiteral("export/")
                              : QStringLiteral("sync/");
}

Format *FormatDialog::format() const
{
    return FormatRegistry::find(m_format->currentData().toString());
}

QString FormatDialog::path() const
{
    return m_path->text().trimmed();
}

QHash<QString, QString> FormatDialog::options() const
{
    QHash<QString, QString> values;
    for (QComboBox *box : m_optionBoxes)
        values.insert(box->objectName(), box->currentData().toString());
    return values;
}

ImportMode FormatDialog::importMode() const
{
    return m_importMode ? ImportMode(m_importMode->currentData().toInt()) : ImportMode::Merge;
}

void FormatDialog::done(int result)
{
    if (result == Accepted) {
        QSettings settings;
        settings.setValue(settingsPrefix() + QStringLiteral("format"), format()->shortName());
        settings.setValue(settingsPrefix() + QStringLiteral("path"), path());
    }
    QDialog::done(result);
}

void FormatDialog::formatChanged()
{
    while (m_optionsForm->rowCount() > 0)
        m_optionsForm->removeRow(0);
    m_optionBoxes.clear();
    for (const FormatOption &o : format()->options()) {
        // What happens to shapes without a label is a question of exports only.
        // ...and only asked when the project has such shapes.
        if (o.key == QLatin1String("unlabeled")
            && (m_mode == Import || m_store->unlabeledShapeCount() == 0))
            continue;
        auto *box = new QComboBox;
        box->setObjectName(o.key);
        for (qsizetype i = 0; i < o.choices.size(); ++i)
            box->addItem(o.choiceTitles.value(i, o.choices[i]), o.choices[i]);
        box->setToolTip(o.help);
        m_optionsForm->addRow(o.title + QLatin1Char(':'), box);
        m_optionBoxes.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this]() { updateLosses(); });
    }
    updateLosses();
    m_ok->setEnabled(!path().isEmpty());
}

void FormatDialog::updateLosses()
{
    if (m_mode == Import)
        return;
    format()->setOptions(options());
    // Counted over what the export writes (the job's view: without the proposals nobody
    // accepted), so that the numbers here and in the report after the export agree.
    const QStringList losses = ExportJob::losses(*format(), *m_store);
    m_losses->setText(losses.isEmpty() ? tr("Nothing: this format carries the whole project.")
                                       : losses.join(QLatin1Char('\n')));
}

} // namespace Tessera
