// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Tessera {

class ProjectStore;

namespace LabelList {

/**
 * The list of label names users keep beside a folder of images: labelme's `labels.txt`
 * (labelme --labels), YOLO's `classes.txt` or `obj.names`. The first found, else empty.
 */
QString find(const QString &folder);

/**
 * The names of such a file, in order: one per line, blanks, `#` comments and labelme's
 * `__ignore__` and `_background_` left out, repeats once. Empty with *error on a file that
 * cannot be read or is not text.
 */
QStringList read(const QString &path, QString *error);

/**
 * Adds the names the project lacks as image labels, in the file's order (so YOLO class ids keep
 * it), with the keys 1…9 for the first nine when free. Returns the names added; *error and what
 * was added so far when the store refuses one.
 */
QStringList addTo(ProjectStore &store, const QStringList &names, QString *error);

} // namespace LabelList
} // namespace Tessera
