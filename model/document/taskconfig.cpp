// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "taskconfig.h"

#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <numeric>

namespace Tessera {

namespace {

const QString settingKey = QStringLiteral("task");

QStringList strings(const QJsonValue &value, const QStringList &fallback)
{
    if (!value.isArray())
        return fallback;
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            out.append(v.toString().trimmed());
    }
    return out;
}

} // namespace

QJsonObject TaskConfig::toJson() const
{
    QJsonArray criteriaJson;
    for (const RatingCriterion &c : criteria)
        criteriaJson.append(
                QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("scale"), c.scale}});
    return {{QStringLiteral("singleClass"), singleClass},
            {QStringLiteral("textFields"), QJsonArray::fromStringList(textFields)},
            {QStringLiteral("criteria"), criteriaJson},
            {QStringLiteral("flags"), QJsonArray::fromStringList(flags)},
            {QStringLiteral("shuffleAnswers"), shuffleAnswers}};
}

TaskConfig TaskConfig::fromJson(const QJsonObject &json)
{
    TaskConfig c;
    c.singleClass = json.value(QStringLiteral("singleClass")).toBool(c.singleClass);
    c.shuffleAnswers = json.value(QStringLiteral("shuffleAnswers")).toBool(c.shuffleAnswers);
    c.textFields = strings(json.value(QStringLiteral("textFields")), c.textFields);
    c.flags = strings(json.value(QStringLiteral("flags")), c.flags);
    const QJsonValue criteria = json.value(QStringLiteral("criteria"));
    if (criteria.isArray()) {
        c.criteria.clear();
        for (const QJsonValue &v : criteria.toArray()) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString().trimmed();
            const int scale = v.toObject().value(QStringLiteral("scale")).toInt(5);
            // A scale of 2..10 points; anything else is a typing error, not a wish.
            if (!name.isEmpty())
                c.criteria.append({name, std::clamp(scale, 2, 10)});
        }
    }
    return c;
}

TaskConfig TaskConfig::load(ProjectStore &store)
{
    const QByteArray text = store.setting(settingKey).toUtf8();
    return text.isEmpty() ? TaskConfig() : fromJson(QJsonDocument::fromJson(text).object());
}

bool TaskConfig::save(ProjectStore &store) const
{
    return store.setSetting(
            settingKey, QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

QList<int> TaskConfig::displayOrder(qint64 assetId, int answerCount) const
{
    QList<int> order(answerCount);
    std::iota(order.begin(), order.end(), 0);
    if (!shuffleAnswers)
        return order;
    // A small fixed generator (splitmix64) rather than std::shuffle, whose result differs
    // between standard libraries: the order must be the same on every machine of a team.
    quint64 state = quint64(assetId) * 0x9E3779B97F4A7C15ULL + 0x5851F42D4C957F2DULL;
    auto next = [&state]() {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    };
    for (int i = answerCount - 1; i > 0; --i)
        std::swap(order[i], order[int(next() % quint64(i + 1))]);
    return order;
}

} // namespace Tessera
