// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "maskcodec.h"

#include <cstring>

namespace Tessera::MaskCodec {

QImage toImage(const Annotation &mask)
{
    const QRect r = mask.maskRect;
    if (r.isEmpty())
        return QImage();
    QImage image(r.size(), QImage::Format_Grayscale8);
    image.fill(0);
    const qint64 total = qint64(r.width()) * r.height();
    qint64 at = 0;
    bool inside = false;
    for (quint32 run : mask.maskRuns) {
        const qint64 end = std::min(total, at + qint64(run));
        if (inside) {
            for (qint64 i = at; i < end;) {
                const int y = int(i / r.width());
                const int x = int(i % r.width());
                const int span = int(std::min<qint64>(end - i, r.width() - x));
                std::memset(image.scanLine(y) + x, 255, size_t(span));
                i += span;
            }
        }
        at = end;
        inside = !inside;
        if (at >= total)
            break;
    }
    return image;
}

bool fromImage(Annotation &mask, const QImage &source, const QPoint &origin)
{
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (line[x]) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0)
        return false;
    const QRect box(QPoint(left, top), QPoint(right, bottom));
    QList<quint32> runs;
    bool inside = false;
    quint32 run = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = box.left(); x <= box.right(); ++x) {
            if ((line[x] != 0) != inside) {
                runs.append(run);
                run = 0;
                inside = !inside;
            }
            ++run;
        }
    }
    runs.append(run);
    mask.kind = AnnotationKind::Mask;
    mask.maskRect = box.translated(origin);
    mask.maskRuns = runs;
    return true;
}

bool contains(const Annotation &mask, const QPoint &p)
{
    const QRect r = mask.maskRect;
    if (!r.contains(p))
        return false;
    const qint64 index = qint64(p.y() - r.y()) * r.width() + (p.x() - r.x());
    qint64 at = 0;
    bool inside = false;
    for (quint32 run : mask.maskRuns) {
        at += run;
        if (index < at)
            return inside;
        inside = !inside;
    }
    return false;
}

} // namespace Tessera::MaskCodec
