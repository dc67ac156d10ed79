// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QString>

namespace Tessera::Test {

/** SHA-256 of a file's bytes, to prove that something did not modify it. */
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/** Writes a small image whose content depends on seed (so that hashes differ). */
inline bool writeImage(const QString &path, int seed, QSize size = QSize(64, 48))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 37 % 360, 200, 200));
    image.setPixel(seed % size.width(), 0, qRgb(seed % 256, 0, 0));
    return image.save(path);
}

inline QString demoImage(const char *name)
{
    return QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/images/") + QLatin1String(name);
}

} // namespace Tessera::Test
