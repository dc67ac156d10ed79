// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "geometrycodec.h"

#include <QtEndian>

#include <cstring>

namespace Tessera::GeometryCodec {

namespace {

constexpr quint8 formatVersion = 1;
enum Section : quint8 {
    HasPoints = 1,
    HasRotation = 2,
    HasVisibility = 4,
    HasMask = 8,
    HasSpan = 16,
};

class Writer
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    {}
    template<typename T>
    void put(T value)
    {
        char buf[sizeof(T)];
        qToLittleEndian(value, buf);
        m_out.append(buf, sizeof(T));
    }

private:
    QByteArray &m_out;
};

class Reader
{
public:
    Reader(const char *data, qsizetype size)
        : m_data(data)
        , m_left(size)
    {}
    template<typename T>
    bool get(T &value)
    {
        if (m_left < qsizetype(sizeof(T)))
            return false;
        value = qFromLittleEndian<T>(m_data);
        m_data += sizeof(T);
        m_left -= sizeof(T);
        return true;
    }
    // Guards counts read from the blob before anything is allocated for them.
    bool has(quint64 count, qsizetype itemSize) const
    {
        return count <= quint64(m_left) / quint64(itemSize);
    }
    bool atEnd() const { return m_left == 0; }

private:
    const char *m_data;
    qsizetype m_left;
};

} // namespace

QByteArray encode(const Annotation &a)
{
    quint8 sections = 0;
    if (!a.points.isEmpty())
        sections |= HasPoints;
    if (a.rotation != 0.0)
        sections |= HasRotation;
    if (!a.visibility.isEmpty())
        sections |= HasVisibility;
    if (!a.maskRect.isNull() || !a.maskRuns.isEmpty())
        sections |= HasMask;
    if (a.start != 0 || a.end != 0)
        sections |= HasSpan;

    QByteArray out;
    out.reserve(2 + 4 + a.points.size() * 16 + 8 + a.visibility.size() + a.maskRuns.size() * 4
                + 36);
    Writer w(out);
    w.put<quint8>(formatVersion);
    w.put<quint8>(sections);
    if (sections & HasPoints) {
        w.put<quint32>(quint32(a.points.size()));
        for (const QPointF &p : a.points) {
            w.put<double>(p.x());
            w.put<double>(p.y());
        }
    }
    if (sections & HasRotation)
        w.put<double>(a.rotation);
    if (sections & HasVisibility) {
        w.put<quint32>(quint32(a.visibility.size()));
        for (int v : a.visibility)
            w.put<quint8>(quint8(v));
    }
    if (sections & HasMask) {
        w.put<qint32>(a.maskRect.x());
        w.put<qint32>(a.maskRect.y());
        w.put<qint32>(a.maskRect.width());
        w.put<qint32>(a.maskRect.height());
        w.put<quint32>(quint32(a.maskRuns.size()));
        for (quint32 run : a.maskRuns)
            w.put<quint32>(run);
    }
    if (sections & HasSpan) {
        w.put<qint64>(a.start);
        w.put<qint64>(a.end);
    }
    return out;
}

bool decode(const QByteArray &blob, Annotation &a)
{
    return decode(blob.constData(), blob.size(), a);
}

bool decode(const char *data, qsizetype size, Annotation &a)
{
    a.points.clear();
    a.rotation = 0.0;
    a.visibility.clear();
    a.maskRect = QRect();
    a.maskRuns.clear();
    a.start = a.end = 0;
    if (size == 0)
        return true;

    Reader r(data, size);
    quint8 version = 0, sections = 0;
    if (!r.get(version) || version != formatVersion || !r.get(sections))
        return false;
    if (sections & HasPoints) {
        quint32 n = 0;
        if (!r.get(n) || !r.has(n, 16))
            return false;
        a.points.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            double x = 0, y = 0;
            r.get(x);
            r.get(y);
            a.points.append(QPointF(x, y));
        }
    }
    if ((sections & HasRotation) && !r.get(a.rotation))
        return false;
    if (sections & HasVisibility) {
        quint32 n = 0;
        if (!r.get(n) || !r.has(n, 1))
            return false;
        a.visibility.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            quint8 v = 0;
            r.get(v);
            a.visibility.append(v);
        }
    }
    if (sections & HasMask) {
        qint32 x = 0, y = 0, w = 0, h = 0;
        quint32 n = 0;
        if (!r.get(x) || !r.get(y) || !r.get(w) || !r.get(h) || !r.get(n) || !r.has(n, 4))
            return false;
        a.maskRect = QRect(x, y, w, h);
        a.maskRuns.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            quint32 run = 0;
            r.get(run);
            a.maskRuns.append(run);
        }
    }
    if (sections & HasSpan) {
        if (!r.get(a.start) || !r.get(a.end))
            return false;
    }
    return r.atEnd();
}

} // namespace Tessera::GeometryCodec
