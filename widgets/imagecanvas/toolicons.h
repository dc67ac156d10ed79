// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "imagecanvas.h"

#include <QIcon>

namespace Tessera::ToolIcons {

/**
 * The drawing tools' icons, painted from simple geometry (a box for Box, a pentagon for Polygon,
 * …) in the palette's text colour, so they follow light and dark themes and need no files.
 */
QIcon icon(ImageCanvas::Tool tool, const QColor &ink);

} // namespace Tessera::ToolIcons
