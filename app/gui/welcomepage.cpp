// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "welcomepage.h"

#include "mainwindow.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

QWidget *makeWelcomePage(QWidget *window, const std::function<void()> &openProject,
                         const std::function<void()> &openFolder,
                         const std::function<void()> &newProject)
{
    auto *page = new QWidget(window);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *title = new QLabel(MainWindow::tr("<h1>Tessera</h1><p>Label images, text and model "
                                            "answers — offline, fast, every click kept.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    for (const auto &[text, slot] :
         {std::pair{MainWindow::tr("Open a folder of images…"), openFolder},
          std::pair{MainWindow::tr("Open a project…"), openProject},
          std::pair{MainWindow::tr("New project…"), newProject}}) {
        auto *button = new QPushButton(text, page);
        button->setMinimumWidth(260);
        QObject::connect(button, &QPushButton::clicked, page, slot);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(3);
    return page;
}

} // namespace Tessera
