// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include <functional>

namespace Tessera {

/** The page shown while no project is open: what Tessera is and three ways to start. */
QWidget *makeWelcomePage(QWidget *window, const std::function<void()> &openProject,
                         const std::function<void()> &openFolder,
                         const std::function<void()> &newProject);

} // namespace Tessera
