// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The C interface of libtessera_video.so, the one part of Tessera that reads video files
// (OpenCV's videoio, and with it FFmpeg and GStreamer: some 240 libraries). It is opened with
// dlopen when a video is imported, so that no start of Tessera loads them.

#include <cstddef>

extern "C" {

/** Called once the video is open: frames per second and the frame count (0 when unknown). */
using TesseraVideoInfo = void (*)(void *context, double fps, long long total);
/**
 * Called for every `every`-th frame, as a JPEG (quality 92) of width × height pixels.
 * Return 0 to stop reading (cancelled, or a write failed).
 */
using TesseraVideoFrame = int (*)(void *context, int index, int width, int height,
                                  const unsigned char *jpeg, std::size_t size);

/**
 * Reads the video at path (local 8-bit file name). Returns 0 when the video was read to its end
 * or stopped by onFrame; 2 when it is not a video OpenCV can open; 1 when decoding threw, with
 * OpenCV's message in error (NUL-terminated, at most errorSize bytes).
 */
int tessera_video_read(const char *path, int every, void *context, TesseraVideoInfo onInfo,
                       TesseraVideoFrame onFrame, char *error, std::size_t errorSize);
using TesseraVideoRead = decltype(&tessera_video_read);
}
