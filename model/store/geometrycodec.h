// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QByteArray>

namespace Tessera::GeometryCodec {

/**
 * Packs the geometric part of an annotation (points, rotation, visibility, mask runs, span) into a
 * compact little-endian blob. Only the sections that are set are written, so a box costs ~40 bytes.
 */
QByteArray encode(const Annotation &annotation);

/** Fills the geometric fields of annotation from a blob made by encode(). False if malformed. */
bool decode(const QByteArray &blob, Annotation &annotation);
bool decode(const char *data, qsizetype size, Annotation &annotation);

} // namespace Tessera::GeometryCodec
