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

} // namespace Tessera::TextOffsets
