// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/importmerge.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tessera {

class Format;
class ProjectStore;

/**
 * Format, place and options for an import, an export or a live-sync target; exports and targets
 * show what the chosen format cannot carry. Remembers the last choices per mode.
 */
class FormatDialog : public QDialog
{
public:
    enum Mode { Import, Export, SyncTarget };

    FormatDialog(Mode mode, ProjectStore *store, QWidget *parent = nullptr);

    Format *format() const;
    QString path() const;
    QHash<QString, QString> options() const;
    /** Imports: what happens to annotations the project has already (merge by default). */
    ImportMode importMode() const;

    void done(int result) override;

private:
    void formatChanged();
    void updateLosses();
    QString settingsPrefix() const;

    Mode m_mode;
    ProjectStore *m_store;
    QComboBox *m_format;
    QLineEdit *m_path;
    QFormLayout *m_optionsForm;
    QList<QComboBox *> m_optionBoxes;
    QComboBox *m_importMode = nullptr;
    QLabel *m_losses;
    QPushButton *m_ok;
};

} // namespace Tessera
