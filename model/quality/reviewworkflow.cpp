// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "reviewworkflow.h"

#include "consensus.h"
#include "gold.h"
#include "store/issuestore.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <random>

namespace Tessera {

namespace {

// Texts filed by lupdate under, and looked up in, the context "ReviewWorkflow".
struct ReviewWorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewWorkflow)
};

const QString reasonsKey = QStringLiteral("review/reasons");

} // namespace

namespace ReviewWorkflow {

bool allowed(ReviewStatus from, ReviewStatus to)
{
    using S = ReviewStatus;
    switch (from) {
    case S::New:
        return to == S::InProgress || to == S::Submitted;
    case S::InProgress:
        return to == S::Submitted;
    case S::Submitted:
        return to == S::Accepted || to == S::Rejected || to == S::InProgress;
    case S::Accepted:
    case S::Rejected:
        return to == S::Reopened;
    case S::Reopened:
        return to == S::InProgress || to == S::Submitted;
    }
    return false;
}

QStringList rejectReasons(ProjectStore &store)
{
    const QJsonArray saved = QJsonDocument::fromJson(store.setting(reasonsKey).toUtf8()).array();
    QStringList reasons;
    for (const QJsonValue &v : saved)
        reasons.append(v.toString());
    if (reasons.isEmpty())
        reasons = {ReviewWorkflowText::tr("missing objects"), ReviewWorkflowText::tr("wrong label"),
                   ReviewWorkflowText::tr("inaccurate outline"),
                   ReviewWorkflowText::tr("guidelines not followed"),
                   ReviewWorkflowText::tr("other")};
    return reasons;
}

bool setRejectReasons(ProjectStore &store, const QStringList &reasons)
{
    return store.setSetting(reasonsKey,
                            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(reasons))
                                                      .toJson(QJsonDocument::Compact)));
}

bool transition(ProjectStore &store, qint64 assetId, ReviewStatus to, const QString &reason,
                QString *error, qint64 *openedIssue, std::optional<qint64> seenVersion)
{
    if (openedIssue)
        *openedIssue = 0;
    const std::optional<Asset> asset = store.asset(assetId);
    if (!asset) {
        *error = ReviewWorkflowText::tr("no asset %1").arg(assetId);
        return false;
    }
    // Changed since the user saw it: the store refuses the move and says who changed it, before
    // the rules are asked about a state the user never saw.
    if (seenVersion && store.changedSince(*asset, *seenVersion)) {
        store.setReviewStatus(assetId, to, reason, seenVersion);
        *error = store.errorString();
        return false;
    }
    if (!allowed(asset->status, to)) {
        *error = ReviewWorkflowText::tr("%1 is %2: it cannot become %3")
                         .arg(asset->name, reviewStatusName(asset->status), reviewStatusName(to));
        return false;
    }
    if (to == ReviewStatus::Accepted && forbidsSelfAccept(store)
        && lastAnnotator(store, assetId) == store.author()) {
        *error = ReviewWorkflowText::tr(
                         "%1 was submitted by %2: this project asks another reviewer to accept it")
                         .arg(asset->name, store.author());
        return false;
    }
    if (to == ReviewStatus::Rejected && reason.trimmed().isEmpty()) {
        *error = ReviewWorkflowText::tr("rejecting %1 needs a reason").arg(asset->name);
        return false;
    }
    // A rejection also opens an issue with its reason, so that the annotator finds it where
    // review talk happens (the Issues dock, pins, the open-issues queue) and can answer it.
    ProjectStore::Transaction transaction(store);
    if (!store.setReviewStatus(assetId, to, reason.trimmed(), seenVersion)) {
        *error = store.errorString();
        return false;
    }
    if (to == ReviewStatus::Rejected) {
        IssueStore issues(store);
        Comment issue{.assetId = assetId, .body = rejectionIssueText(reason.trimmed())};
        if (!issues.open(issue)) {
            *error = issues.errorString();
            return false;
        }
        if (openedIssue)
            *openedIssue = issue.id;
    }
    if (!transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

bool forbidsSelfAccept(ProjectStore &store)
{
    return store.setting(QStringLiteral("review/noSelfAccept")) == QLatin1String("1");
}

bool setForbidsSelfAccept(ProjectStore &store, bool forbid)
{
    return store.setSetting(QStringLiteral("review/noSelfAccept"),
                            forbid ? QStringLiteral("1") : QStringLiteral("0"));
}

QString lastAnnotator(ProjectStore &store, qint64 assetId)
{
    const QList<ReviewEntry> log = store.reviews(assetId);
    for (auto it = log.crbegin(); it != log.crend(); ++it)
        if (it->status == ReviewStatus::InProgress || it->status == ReviewStatus::Submitted)
            return it->reviewer;
    return QString();
}

QString rejectionIssueText(const QString &reason)
{
    return ReviewWorkflowText::tr("Rejected: %1").arg(reason);
}

std::optional<ReviewEntry> lastRejection(ProjectStore &store, qint64 assetId)
{
    const QList<ReviewEntry> log = store.reviews(assetId);
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        if (it->status == ReviewStatus::Rejected)
            return *it;
        // Submitted again or accepted since: that rejection is answered.
        if (it->status == ReviewStatus::Submitted || it->status == ReviewStatus::Accepted)
            return std::nullopt;
    }
    return std::nullopt;
}

QList<qint64> queue(ProjectStore &store, const QueueFilter &filter)
{
    AssetFilter f;
    f.status = filter.status;
    f.labelId = filter.labelId;
    QList<qint64> ids = store.assetIds(f);
    if (filter.prelabelledOnly) {
        QSet<qint64> prelabelled;
        store.forEachAnnotation([&prelabelled](const Annotation &a) {
            if (a.provenance.origin == Origin::Prelabel)
                prelabelled.insert(a.assetId);
            return true;
        });
        ids.removeIf([&prelabelled](qint64 id) { return !prelabelled.contains(id); });
    }
    if (filter.openIssuesOnly) {
        const QHash<qint64, int> open = IssueStore(store).openCounts();
        ids.removeIf([&open](qint64 id) { return !open.contains(id); });
    }
    if (!filter.annotator.isEmpty()) {
        // The annotator of an asset: who last started or submitted it.
        QHash<qint64, QString> annotatorOf;
        for (const ReviewEntry &r : store.reviews())
            if (r.status == ReviewStatus::InProgress || r.status == ReviewStatus::Submitted)
                annotatorOf.insert(r.assetId, r.reviewer);
        ids.removeIf([&](qint64 id) { return annotatorOf.value(id) != filter.annotator; });
    }
    if (filter.changedFrom || filter.changedTo) {
        QHash<qint64, qint64> last;
        for (const ReviewEntry &r : store.reviews())
            last.insert(r.assetId, r.at);
        ids.removeIf([&](qint64 id) {
            const qint64 at = last.value(id, 0);
            return (filter.changedFrom && at < filter.changedFrom)
                   || (filter.changedTo && at > filter.changedTo);
        });
    }
    if (filter.samplePercent < 100) {
        // A fixed generator: the same seed draws the same sample on every machine.
        std::mt19937_64 random(filter.seed);
        const qsizetype keep = qsizetype(std::ceil(ids.size() * filter.samplePercent / 100.0));
        for (qsizetype i = ids.size() - 1; i > 0; --i)
            std::swap(ids[i], ids[qsizetype(random() % quint64(i + 1))]);
        ids.resize(std::min(keep, ids.size()));
        std::sort(ids.begin(), ids.end());
    }
    return ids;
}

} // namespace ReviewWorkflow

namespace ReviewReport {

constexpr qint64 idle = 5 * 60 * 1000; // a longer pause is not working time

double activeHours(const QList<qint64> &times)
{
    double hours = 0;
    for (qsizetype i = 1; i < times.size(); ++i) {
        const qint64 gap = times[i] - times[i - 1];
        if (gap >= 0 && gap < idle)
            hours += gap / 3600000.0;
    }
    return hours;
}

QList<AnnotatorReport> build(ProjectStore &store)
{
    QMap<QString, AnnotatorReport> byName;
    QHash<QString, QList<qint64>> timesOf;
    QHash<QString, QSet<qint64>> assetsOf;
    QHash<qint64, QHash<QString, int>> editsOnAsset;
    for (const AuditEntry &e : store.auditLog(0, std::numeric_limits<int>::max())) {
        if (!e.action.endsWith(QLatin1String("-annotation")) || e.author.isEmpty())
            continue;
        AnnotatorReport &r = byName[e.author];
        r.name = e.author;
        ++r.edits;
        timesOf[e.author].append(e.at);
        assetsOf[e.author].insert(e.assetId);
        ++editsOnAsset[e.assetId][e.author];
    }
    // An asset's annotator is whoever edited it most; its review is its latest verdict.
    QHash<qint64, ReviewStatus> verdict;
    for (const ReviewEntry &r : store.reviews())
        if (r.status == ReviewStatus::Accepted || r.status == ReviewStatus::Rejected)
            verdict.insert(r.assetId, r.status);
    for (auto it = editsOnAsset.cbegin(); it != editsOnAsset.cend(); ++it) {
        QString owner;
        int most = 0;
        for (auto e = it.value().cbegin(); e != it.value().cend(); ++e)
            if (e.value() > most || (e.value() == most && e.key() < owner)) {
                most = e.value();
                owner = e.key();
            }
        if (!verdict.contains(it.key()))
            continue;
        (verdict.value(it.key()) == ReviewStatus::Accepted ? byName[owner].accepted
                                                           : byName[owner].rejected)++;
    }
    QHash<QString, QList<double>> gold;
    for (const Gold::Score &s : Gold::scoreAll(store))
        gold[s.annotator].append(s.score);
    QHash<QString, double> agreement;
    for (const Consensus::AnnotatorAgreement &a : Consensus::agreement(store).perAnnotator)
        agreement.insert(a.name, a.overall());
    // People known only from their layers or gold work (a merged team bundle) are listed too.
    for (const QString &name : QStringList(gold.keys()) + agreement.keys())
        if (!byName.contains(name))
            byName[name].name = name;
    QList<AnnotatorReport> out;
    for (AnnotatorReport r : std::as_const(byName)) {
        const QList<double> scores = gold.value(r.name);
        r.goldScored = int(scores.size());
        r.agreement = agreement.value(r.name, -1);
        for (double s : scores)
            r.goldScore += s / scores.size();
        r.assets = int(assetsOf.value(r.name).size());
        r.activeHours = activeHours(timesOf.value(r.name));
        r.assetsPerHour = r.activeHours > 0 ? r.assets / r.activeHours : 0;
        r.secondsPerAsset = r.assets ? r.activeHours * 3600 / r.assets : 0;
        out.append(r);
    }
    return out;
}

QByteArray toCsv(const QList<AnnotatorReport> &report)
{
    auto quote = [](QString s) {
        return s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"'))
                       ? QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                                 + QLatin1Char('"')
                       : s;
    };
    QByteArray csv = "annotator,edits,assets,active_hours,assets_per_hour,seconds_per_asset,"
                     "accepted,rejected,rejection_rate,gold_scored,gold_score,agreement\n";
    for (const AnnotatorReport &r : report)
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12\n")
                       .arg(quote(r.name))
                       .arg(r.edits)
                       .arg(r.assets)
                       .arg(r.activeHours, 0, 'f', 3)
                       .arg(r.assetsPerHour, 0, 'f', 2)
                       .arg(r.secondsPerAsset, 0, 'f', 1)
                       .arg(r.accepted)
                       .arg(r.rejected)
                       .arg(r.rejectionRate(), 0, 'f', 3)
                       .arg(r.goldScored)
                       .arg(r.goldScore, 0, 'f', 3)
                       .arg(r.agreement < 0 ? QString() : QString::number(r.agreement, 'f', 3))
                       .toUtf8();
    return csv;
}

} // namespace ReviewReport

} // namespace Tessera
