// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Tessera {

/**
 * The user guide shipped with the program (HTML with screenshots taken at build time), shown in a
 * browser with back and home. Links to other sites open in the system's browser.
 */
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(const QString &indexPath, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    /**
     * The guide's index.html: beside the build (build/guide) or the installed programs
     * (/usr/share/tessera/guide); empty when neither has it.
     */
    static QString findIndex();

private:
    QTextBrowser *m_browser;
};

} // namespace Tessera
