// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Tessera {

/** Preferences stored per OS user with QSettings: identity, language, list look, prefetch depth. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

    static int prefetchCount();
    static bool gridByDefault();

private:
    QLineEdit *m_userName;
    QCheckBox *m_grid;
    QSpinBox *m_prefetch;
    QComboBox *m_language;
    QLabel *m_languageHint;
};

} // namespace Tessera
