// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "settingsdialog.h"

#include "util/identity.h"
#include "util/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Tessera {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_userName(new QLineEdit(this))
    , m_grid(new QCheckBox(tr("Show the asset list as a thumbnail grid"), this))
    , m_prefetch(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_languageHint(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_userName->setText(Identity::currentUserName());
    m_userName->setPlaceholderText(Identity::systemUserName());
    m_userName->setToolTip(tr("Every edit you make is attributed to this name."));
    m_grid->setChecked(gridByDefault());
    m_prefetch->setRange(0, 16);
    m_prefetch->setValue(prefetchCount());
    m_prefetch->setSuffix(tr(" images"));
    const QString system = Language::effective();
    m_language->addItem(tr("System (%1)").arg(Language::nativeName(system)), QString());
    m_language->addItem(Language::nativeName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::chosen())));
    m_languageHint->setText(tr("Tessera shows the new language when it starts again."));
    m_languageHint->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this]() {
        m_languageHint->setVisible(m_language->currentData().toString() != Language::chosen());
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Your name:"), m_userName);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_languageHint);
    form->addRow(tr("Decode ahead:"), m_prefetch);
    form->addRow(QString(), m_grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void SettingsDialog::accept()
{
    Identity::setCurrentUserName(m_userName->text().trimmed().isEmpty() ? Identity::systemUserName()
                                                                        : m_userName->text());
    QSettings settings;
    settings.setValue(QStringLiteral("view/grid"), m_grid->isChecked());
    settings.setValue(QStringLiteral("view/prefetch"), m_prefetch->value());
    Language::setChosen(m_language->currentData().toString());
    QDialog::accept();
}

int SettingsDialog::prefetchCount()
{
    return QSettings().value(QStringLiteral("view/prefetch"), 3).toInt();
}

bool SettingsDialog::gridByDefault()
{
    return QSettings().value(QStringLiteral("view/grid"), false).toBool();
}

} // namespace Tessera
