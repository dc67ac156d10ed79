// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "guidedialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStringList>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Tessera {

GuideDialog::GuideDialog(const QString &indexPath, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Tessera User Guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl::fromLocalFile(indexPath));
    auto *back = new QPushButton(tr("&Back"), this);
    auto *home = new QPushButton(tr("&Contents"), this);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(back);
    row->addWidget(home);
    row->addStretch();
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addLayout(row);
    resize(820, 720);
}

QString GuideDialog::findIndex()
{
    const QString app = QCoreApplication::applicationDirPath();
    // build/app/gui/tessera → build/guide; /usr/bin/tessera → /usr/share/tessera/guide
    for (const QString &folder :
         QStringList{app + QStringLiteral("/../../guide"), app + QStringLiteral("/../guide"),
                     app + QStringLiteral("/../share/tessera/guide"),
                     QStringLiteral("/usr/share/tessera/guide")}) {
        const QFileInfo index(folder + QStringLiteral("/index.html"));
        if (index.isFile())
            return index.canonicalFilePath();
    }
    return {};
}

} // namespace Tessera
