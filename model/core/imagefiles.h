// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::ImageFiles {

/** File name patterns of the images Tessera adds from folders and finds beside datasets. */
QStringList nameFilters();
/** Whether path's suffix is one of nameFilters()'. */
bool isImageFile(const QString &path);

} // namespace Tessera::ImageFiles
