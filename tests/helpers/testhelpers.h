// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QtEndian>

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

/** CRC-32 as PNG chunks use it (the zlib polynomial), without linking zlib. */
inline quint32 crc32Of(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/**
 * A PNG that is only a header claiming width x height pixels (8-bit RGB, correct CRC) and holds
 * no pixel data: reading it must not allocate for the claimed size.
 */
inline QByteArray lyingPngHeader(quint32 width = 100000, quint32 height = 100000)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr("IHDR");
    char field[4];
    qToBigEndian<quint32>(width, field);
    ihdr.append(field, 4);
    qToBigEndian<quint32>(height, field);
    ihdr.append(field, 4);
    ihdr.append("\x08\x02\x00\x00\x00", 5);
    qToBigEndian<quint32>(13, field);
    png.append(field, 4);
    png.append(ihdr);
    qToBigEndian<quint32>(crc32Of(ihdr), field);
    png.append(field, 4);
    return png;
}

inline QString demoImage(const char *name)
{
    return QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/images/") + QLatin1String(name);
}

/**
 * A 6000×4000 photograph-like image (a green field with diagonal stripes) holding one 60 px
 * yellow disk centred on (4500, 3000): encoded whole, the disk is 10 px for SAM's encoder.
 */
inline QImage hugeImageWithSmallDisk()
{
    QImage big(6000, 4000, QImage::Format_RGB32);
    big.fill(QColor(70, 120, 90));
    QPainter p(&big);
    p.setPen(QPen(QColor(60, 100, 80), 9));
    for (int x = 0; x < 6000; x += 40)
        p.drawLine(x, 0, x + 300, 4000);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(230, 200, 40));
    p.drawEllipse(QPointF(4500, 3000), 30, 30);
    p.end();
    return big;
}

} // namespace Tessera::Test
