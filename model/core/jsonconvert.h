// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "types.h"

#include <QJsonObject>

#include <optional>

namespace Tessera::Json {

/** Full, lossless JSON form of an annotation, used by the audit log and CLI --json output. */
QJsonObject toJson(const Annotation &annotation);
/** Inverse of toJson(); nullopt and *error when a required field is missing or wrong. */
std::optional<Annotation> annotationFromJson(const QJsonObject &object, QString *error = nullptr);

QJsonObject toJson(const Label &label);
QJsonObject toJson(const Asset &asset);

} // namespace Tessera::Json
