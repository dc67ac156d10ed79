// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera {

class ProjectStore;

/** One Likert criterion an answer is rated on, 1..scale (e.g. helpfulness on 1..5). */
struct RatingCriterion
{
    QString name;
    int scale = 5;

    bool operator==(const RatingCriterion &) const = default;
};

/**
 * What a project asks of its text and comparison assets, stored in the project (setting "task"):
 * whether a document takes one class or several, the free-text fields of a document, the criteria
 * and flags of comparison answers, and whether answers are shown in a random order per asset.
 */
struct TaskConfig
{
    bool singleClass = false;
    QStringList textFields;
    QList<RatingCriterion> criteria = {{QStringLiteral("helpfulness"), 5},
                                       {QStringLiteral("correctness"), 5},
                                       {QStringLiteral("harmlessness"), 5}};
    QStringList flags = {QStringLiteral("unsafe"), QStringLiteral("refusal"),
                         QStringLiteral("hallucination")};
    bool shuffleAnswers = true;

    bool operator==(const TaskConfig &) const = default;

    QJsonObject toJson() const;
    /** Missing keys keep their defaults; wrong types are ignored, never fatal. */
    static TaskConfig fromJson(const QJsonObject &json);
    static TaskConfig load(ProjectStore &store);
    /** False with the store's error if the setting could not be written. */
    bool save(ProjectStore &store) const;

    /**
     * The display order of a comparison's answers: display slot i shows stored answer
     * order[i]. A fixed shuffle per asset (seeded by its id), so that it is the same in every
     * session; identity when shuffling is off. Stored judgements always use stored indices.
     */
    QList<int> displayOrder(qint64 assetId, int answerCount) const;
};

} // namespace Tessera
