// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "imagedecoder.h"

#include <QDir>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace Tessera::ImageDecoder {

int reductionFor(int width, int height, int maxSide)
{
    const int longer = std::max(width, height);
    for (int factor : {1, 2, 4})
        if (longer / factor <= maxSide)
            return factor;
    return 8;
}

QImage decodeReduced(const QString &path, int factor, QString *error)
{
    int flag = cv::IMREAD_COLOR;
    switch (factor) {
    case 1:
        break;
    case 2:
        flag = cv::IMREAD_REDUCED_COLOR_2;
        break;
    case 4:
        flag = cv::IMREAD_REDUCED_COLOR_4;
        break;
    default:
        flag = cv::IMREAD_REDUCED_COLOR_8;
        break;
    }
    // Read the bytes through Qt so that non-ASCII paths work, then let OpenCV decode the buffer.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read (%2)")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return QImage();
    }
    const QByteArray bytes = file.readAll();
    cv::Mat decoded;
    try {
        const cv::Mat buffer(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
        decoded = cv::imdecode(buffer, flag);
    } catch (const cv::Exception &e) {
        if (error)
            *error = QStringLiteral("%1: cannot decode (%2)")
                             .arg(QDir::toNativeSeparators(path), QString::fromStdString(e.msg));
        return QImage();
    }
    if (decoded.empty()) {
        if (error)
            *error = QStringLiteral("%1: cannot decode (damaged or unsupported image)")
                             .arg(QDir::toNativeSeparators(path));
        return QImage();
    }
    cv::Mat rgb;
    cv::cvtColor(decoded, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

} // namespace Tessera::ImageDecoder
