// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <csetjmp>
#include <cstdio>

#include <jpeglib.h>

namespace Tessera {

/**
 * libjpeg's error manager, made to jump back instead of exiting the process. Usage: set
 * info.err = jpegErrors(&error), then `if (setjmp(error.jump))` before each libjpeg call that may
 * fail; error.message then says why.
 */
struct JpegError
{
    jpeg_error_mgr manager;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

inline jpeg_error_mgr *jpegErrors(JpegError *error)
{
    jpeg_error_mgr *manager = jpeg_std_error(&error->manager);
    manager->error_exit = [](j_common_ptr info) {
        auto *e = reinterpret_cast<JpegError *>(info->err);
        info->err->format_message(info, e->message);
        std::longjmp(e->jump, 1);
    };
    // Warnings (a cut-off file) are not errors: the decoder returns what it could read.
    manager->emit_message = [](j_common_ptr, int) {
    };
    return manager;
}

} // namespace Tessera
