// SPDX-License-Identifier: GPL-3.0-or-later
// The service-analysis report (seed 三.(三)3): what clients asked for in the month, and the path
// from first visit to viewing to contract per channel and per consultant.
#include "reports/OfficeReports.h"

#include "core/Clock.h"
#include "core/OfficeTime.h"
#include "domain/Vocabulary.h"
#include "repositories/ServiceAnalysisRepository.h"

#include <algorithm>

namespace estatedesk {

namespace {

using Count = ServiceAnalysisRepository::Count;
using Path = ServiceAnalysisRepository::Path;

using Kind = ReportDocument::CellKind;
using Cell = ReportDocument::Cell;

QString shareText(int part, int whole)
{
    return whole == 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1);
}

// "40.0%" on paper, 0.4 for programs; "—" and empty without a whole.
Cell share(int part, int whole)
{
    return {shareText(part, whole), whole == 0 ? QVariant() : QVariant(double(part) / whole)};
}

ReportDocument::Column column(const char *key, Kind kind = Kind::Text)
{
    return {QString::fromLatin1(key), kind, {}};
}

// A table of counts with their share of the whole: label, count, share, distinct clients.
ReportDocument::Section countTable(const char *key, const QString &heading, const QString &what,
                                   const QString &countHeader, const QList<QPair<QString, Count>> &rows,
                                   int whole)
{
    ReportDocument::Section s;
    s.key = QString::fromLatin1(key);
    s.heading = heading;
    s.headers = {what, countHeader, OfficeReports::tr("Share"), OfficeReports::tr("Clients")};
    s.columns = {column("label"), column("count", Kind::Integer), column("share", Kind::Percent),
                 column("clients", Kind::Integer)};
    s.rightAligned = {1, 2, 3};
    for (const auto &r : rows)
        s.addRow({r.first, r.second.count, share(r.second.count, whole), r.second.clients});
    return s;
}

// The funnel of a group of clients: new clients, viewed, signed, and the three rates.
QList<Cell> pathCells(const QString &label, const Path &p)
{
    return {label,
            p.clients,
            p.viewed,
            p.signedUp,
            share(p.viewed, p.clients),
            share(p.viewedAndSigned, p.viewed),
            share(p.signedUp, p.clients)};
}

void add(Path &sum, const Path &p)
{
    sum.clients += p.clients;
    sum.viewed += p.viewed;
    sum.signedUp += p.signedUp;
    sum.viewedAndSigned += p.viewedAndSigned;
}

ReportDocument::Section pathTable(const char *key, const QString &heading, const QString &what,
                                  const QList<QPair<QString, Path>> &groups, const Path &total)
{
    ReportDocument::Section s;
    s.key = QString::fromLatin1(key);
    s.heading = heading;
    s.headers = {what,
                 OfficeReports::tr("New clients"),
                 OfficeReports::tr("Viewed"),
                 OfficeReports::tr("Signed"),
                 OfficeReports::tr("Visit → viewing"),
                 OfficeReports::tr("Viewing → contract"),
                 OfficeReports::tr("Visit → contract")};
    s.columns = {column("group"),
                 column("new_clients", Kind::Integer),
                 column("viewed", Kind::Integer),
                 column("signed", Kind::Integer),
                 column("visit_to_viewing", Kind::Percent),
                 column("viewing_to_contract", Kind::Percent),
                 column("visit_to_contract", Kind::Percent)};
    s.rightAligned = {1, 2, 3, 4, 5, 6};
    for (const auto &g : groups)
        s.addRow(pathCells(g.first, g.second));
    s.addRow(pathCells(OfficeReports::tr("Total"), total));
    return s;
}

} // namespace

ReportDocument OfficeReports::serviceAnalysis(const Session &session, const QString &month)
{
    const auto [from, to] = monthSpan(month);
    QDate first;
    OfficeTime::monthSpan(month, &first);
    ServiceAnalysisRepository repo(session);
    ReportDocument doc =
        start(session, QStringLiteral("service-analysis"), tr("Service data analysis"), month);
    const Count all = repo.consultations(from, to);

    // What clients ask for: the month's consultations.
    QList<QPair<QString, Count>> channels;
    for (const Count &c : repo.channels(from, to))
        channels.append({Vocabulary::label(Vocabulary::sourceChannels(), c.key), c});
    ReportDocument::Section channelSection =
        countTable("channels", tr("Channels of the consultations"), tr("Channel"), tr("Consultations"),
                   channels, all.count);
    QList<QPair<QString, Count>> interests;
    for (const Count &c : repo.interests(from, to))
        interests.append({Vocabulary::label(Vocabulary::interests(), c.key), c});
    ReportDocument::Section interestSection =
        countTable("interests", tr("What clients asked about"), tr("Interest"), tr("Consultations"),
                   interests, all.count);
    interestSection.lines << tr(
        "A consultation may name several interests: each share is of all %n consultation(s).", nullptr,
        all.count);
    QList<QPair<QString, Count>> budgets;
    for (const Count &c : repo.budgetBands(from, to))
        budgets.append({ServiceAnalysisRepository::budgetBandLabel(c.key), c});
    ReportDocument::Section budgetSection =
        countTable("budgets", tr("Budgets"), tr("Budget"), tr("Consultations"), budgets, all.count);
    QList<QPair<QString, Count>> layouts;
    int contracts = 0;
    for (const Count &c : repo.unitTypesSigned(first, first.addMonths(1))) {
        layouts.append({c.key.isEmpty() ? tr("(not recorded)") : c.key, c});
        contracts += c.count;
    }
    ReportDocument::Section layoutSection = countTable("unit_types", tr("Unit types signed"), tr("Unit type"),
                                                       tr("Contracts"), layouts, contracts);
    layoutSection.lines << tr("Contracts signed in %1 (signed or filed), by the unit type of the unit: %2.")
                               .arg(month)
                               .arg(contracts);
    QList<QPair<QString, Count>> rooms;
    int viewings = 0;
    for (const Count &c : repo.sampleUnitsViewed(from, to)) {
        rooms.append({c.key.isEmpty() ? tr("(not recorded)") : c.key, c});
        viewings += c.count;
    }
    ReportDocument::Section roomSection = countTable("sample_units", tr("Sample units viewed"),
                                                     tr("Sample unit"), tr("Viewings"), rooms, viewings);
    roomSection.lines
        << tr("Viewings in %1 that took place (checked in or done): %2.").arg(month).arg(viewings);

    // The path from first visit to contract: the clients who first came this month.
    QMap<QString, Path> byChannel;
    QMap<QString, Path> byConsultant; // by name; "" for clients without a consultant
    Path total;
    for (const Path &p : repo.paths(from, to)) {
        add(byChannel[p.channel], p);
        add(byConsultant[p.consultantId > 0 ? p.consultantName : QString()], p);
        add(total, p);
    }
    QList<QPair<QString, Path>> channelPaths, consultantPaths;
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it)
        channelPaths.append({Vocabulary::label(Vocabulary::sourceChannels(), it.key()), it.value()});
    for (auto it = byConsultant.cbegin(); it != byConsultant.cend(); ++it)
        consultantPaths.append({it.key().isEmpty() ? tr("(no consultant)") : it.key(), it.value()});
    // Most new clients first.
    const auto byClients = [](const QPair<QString, Path> &x, const QPair<QString, Path> &y) {
        return x.second.clients != y.second.clients ? x.second.clients > y.second.clients : x.first < y.first;
    };
    std::stable_sort(channelPaths.begin(), channelPaths.end(), byClients);
    std::stable_sort(consultantPaths.begin(), consultantPaths.end(), byClients);
    ReportDocument::Section channelPath = pathTable(
        "by_channel", tr("From first visit to contract, by channel"), tr("Channel"), channelPaths, total);
    channelPath.chartSeries = {tr("Visit → viewing"), tr("Visit → contract")};
    channelPath.chartMax = 100;
    for (const auto &g : channelPaths) {
        channelPath.chartCategories << g.first;
        channelPath.chartValues << QList<double>{
            g.second.clients ? 100.0 * g.second.viewed / g.second.clients : 0,
            g.second.clients ? 100.0 * g.second.signedUp / g.second.clients : 0};
    }
    ReportDocument::Section consultantPath =
        pathTable("by_consultant", tr("From first visit to contract, by consultant"), tr("Consultant"),
                  consultantPaths, total);

    ReportDocument::Section summary;
    summary.heading = tr("Summary");
    summary.lines
        << tr("Consultations received in %1: %2, from %3 client(s).")
               .arg(month)
               .arg(all.count)
               .arg(all.clients)
        << tr("New clients (first consultation in %1): %2; by %3 %4 of them had a viewing (%5) and %6 signed a contract (%7).")
               .arg(month)
               .arg(total.clients)
               .arg(doc.printedAt)
               .arg(total.viewed)
               .arg(shareText(total.viewed, total.clients))
               .arg(total.signedUp)
               .arg(shareText(total.signedUp, total.clients))
        << tr("A client counts in the month of their first consultation (any channel), under that consultation's channel "
              "and the consultant they are assigned to. Viewed: a viewing checked in or done by the time printed. "
              "Signed: a contract signed or filed by then; cancelled contracts do not count. Visit → viewing = viewed ÷ "
              "new clients; viewing → contract = viewed and signed ÷ viewed; visit → contract = signed ÷ new clients.");
    doc.mainTable = QStringLiteral("by_channel");
    doc.sections << summary << channelSection << interestSection << budgetSection << layoutSection
                 << roomSection << channelPath << consultantPath;
    return doc;
}

} // namespace estatedesk
