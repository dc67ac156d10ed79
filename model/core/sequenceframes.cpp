// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "sequenceframes.h"

#include <QJsonObject>

#include <cmath>

namespace Tessera::Sequences {

QString trackOf(const Annotation &a)
{
    // CVAT's video import writes track ids as strings; numbers are read too.
    const QJsonValue v = a.data.value(trackKey);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

bool isFilledIn(const Annotation &a)
{
    return a.data.value(interpolatedKey).toBool() || a.data.value(trackedKey).toBool();
}

void makeKeyframe(Annotation &a)
{
    if (trackOf(a).isEmpty())
        a.data[trackKey] = QStringLiteral("t%1").arg(a.id);
    a.data.remove(interpolatedKey);
    a.data.remove(trackedKey);
}

std::optional<Frame> frameOf(const Asset &asset)
{
    const QJsonObject s = asset.payload.value(sequenceKey).toObject();
    if (s.isEmpty())
        return std::nullopt;
    return Frame{s.value(QStringLiteral("name")).toString(),
                 s.value(QStringLiteral("frame")).toInt()};
}

std::optional<Annotation> interpolate(const Annotation &from, const Annotation &to, double t)
{
    if (from.kind != to.kind || from.kind == AnnotationKind::Mask
        || from.points.size() != to.points.size() || from.points.isEmpty())
        return std::nullopt;
    Annotation a = from;
    a.id = 0;
    for (int i = 0; i < a.points.size(); ++i)
        a.points[i] = from.points[i] + (to.points[i] - from.points[i]) * t;
    double turn = std::fmod(to.rotation - from.rotation + 540.0, 360.0) - 180.0; // shortest way
    a.rotation = from.rotation + turn * t;
    return a;
}

// QCollator's numeric mode depends on the locale (not under LANG=C), and frame order must not.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const QStringView da = QStringView(a).mid(i, ei - i);
            const QStringView db = QStringView(b).mid(j, ej - j);
            const unsigned long long va = da.toString().toULongLong();
            const unsigned long long vb = db.toString().toULongLong();
            if (va != vb)
                return va < vb;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace Tessera::Sequences
