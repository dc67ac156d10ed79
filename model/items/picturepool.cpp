// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "picturepool.h"

#include <algorithm>

#include <QThread>
#include <QThreadPool>

namespace Tessera {

QThreadPool *picturePool()
{
    // On two cores, two decoders at normal priority left the scrolling grid a third of the CPU
    // in the moments they all ran (frames of 15–20 ms); at idle priority they fill only the time
    // the window does not use, and pictures still arrive between frames.
    static QThreadPool *pool = []() {
        auto *p = new QThreadPool;
        p->setThreadPriority(QThread::IdlePriority);
        p->setMaxThreadCount(QThread::idealThreadCount());
        return p;
    }();
    return pool;
}

QThreadPool *viewPool()
{
    // Opening a folder rescans it in the background on the global pool; the first image's
    // decode queued behind that scan waited 200 ms on two cores.
    static QThreadPool *pool = []() {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

} // namespace Tessera
