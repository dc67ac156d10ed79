// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "textoffsets.h"

namespace Tessera::TextOffsets {

qsizetype toUtf16(const QString &text, qint64 codePoint)
{
    qsizetype i = 0;
    for (qint64 cp = 0; cp < codePoint && i < text.size(); ++cp) {
        const bool pair
                = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        i += pair ? 2 : 1;
    }
    return i;
}

qint64 toCodePoint(const QString &text, qsizetype utf16Index)
{
    qint64 cp = 0;
    const qsizetype end = std::min(utf16Index, text.size());
    for (qsizetype i = 0; i < end; ++cp) {
        const bool pair
                = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        i += pair ? 2 : 1;
    }
    return cp;
}

qint64 codePointLength(const QString &text)
{
    return toCodePoint(text, text.size());
}

OffsetMap::OffsetMap(const QString &text)
    : m_size(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_pairPoints.append(i - m_pairs.size());
            m_pairs.append(i);
            ++i;
        }
    }
    m_length = m_size - m_pairs.size();
}

qsizetype OffsetMap::toUtf16(qint64 codePoint) const
{
    if (codePoint >= m_length)
        return m_size;
    if (codePoint <= 0)
        return 0;
    // Every pair that starts before this code point adds one unit.
    const auto before = std::lower_bound(m_pairPoints.cbegin(), m_pairPoints.cend(), codePoint)
                        - m_pairPoints.cbegin();
    return qsizetype(codePoint) + before;
}

qint64 OffsetMap::toCodePoint(qsizetype utf16Index) const
{
    const qsizetype u = std::clamp<qsizetype>(utf16Index, 0, m_size);
    // A pair counts as one code point once the index is past its second unit; an index in the
    // middle of a pair counts the pair, like toCodePoint() above.
    const auto whole = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), u - 1) - m_pairs.cbegin();
    return qint64(u) - whole;
}

} // namespace Tessera::TextOffsets
