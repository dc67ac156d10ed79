// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli add-video: a video's frames as a sequence of image assets. */
int runAddVideo(const QStringList &arguments);
/** tessera-cli track: fill tracks between keyframes, or follow a box forward. */
int runTrack(const QStringList &arguments);

} // namespace Tessera::Cli
