// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

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

} // namespace Tessera::TextOffsets
