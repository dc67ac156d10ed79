// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "videoreader.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <cstdio>
#include <vector>

extern "C" __attribute__((visibility("default"))) int
tessera_video_read(const char *path, int every, void *context, TesseraVideoInfo onInfo,
                   TesseraVideoFrame onFrame, char *error, std::size_t errorSize)
{
    // Nothing but OpenCV here: no Qt, so that this library's only ties are OpenCV's own.
    try {
        cv::VideoCapture capture(path);
        if (!capture.isOpened())
            return 2;
        onInfo(context, capture.get(cv::CAP_PROP_FPS),
               static_cast<long long>(capture.get(cv::CAP_PROP_FRAME_COUNT)));
        every = every < 1 ? 1 : every;
        cv::Mat frame;
        std::vector<unsigned char> jpeg;
        for (int index = 0; capture.read(frame); ++index) {
            if (index % every)
                continue;
            cv::imencode(".jpg", frame, jpeg, {cv::IMWRITE_JPEG_QUALITY, 92});
            if (!onFrame(context, index, frame.cols, frame.rows, jpeg.data(), jpeg.size()))
                break;
        }
    } catch (const cv::Exception &e) {
        std::snprintf(error, errorSize, "%s", e.msg.c_str());
        return 1;
    }
    return 0;
}
