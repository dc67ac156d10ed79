// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Tessera::TextOffsets {

/**
 * Spans are stored in Unicode code points; QString indexes UTF-16 units. These convert between
 * the two (a code point above U+FFFF, e.g. most emoji, is two UTF-16 units). Out-of-range input
 * clamps to the end of the text.
 */
qsizetype toUtf16(const QString &text, qint64 codePoint);
qint64 toCodePoint(const QString &text, qsizetype utf16Index);
qint64 codePointLength(const QString &text);

/**
 * The same conversions for many offsets into one long text: built once (one pass), then each
 * lookup is a binary search over the text's surrogate pairs, and free when it has none.
 */
class OffsetMap
{
public:
    OffsetMap() = default;
    explicit OffsetMap(const QString &text);
    qsizetype toUtf16(qint64 codePoint) const;
    qint64 toCodePoint(qsizetype utf16Index) const;
    qint64 length() const { return m_length; }

private:
    QList<qsizetype> m_pairs;   // UTF-16 index of each surrogate pair's first unit
    QList<qint64> m_pairPoints; // its code point index
    qsizetype m_size = 0;
    qint64 m_length = 0;
};

} // namespace Tessera::TextOffsets
