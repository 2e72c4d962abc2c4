// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ClientCsv.h"

#include "core/Errors.h"
#include "core/Phone.h"
#include "core/Pinyin.h"
#include "core/PrivateFiles.h"
#include "domain/Entities.h"
#include "domain/Vocabulary.h"
#include "io/Csv.h"
#include "io/RecordedExport.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientPhones.h"
#include "repositories/ClientRepository.h"
#include "repositories/StaffRepository.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace estatedesk {

namespace {

// The phones in the database (main and other numbers), each with its client's name: what an
// import's lines are checked against, before it writes and again when another PC took a phone
// meanwhile.
QHash<QString, QString> phoneOwners(const Session &session)
{
    QHash<QString, QString> owners;
    QSqlQuery q =
        Sql::run(session.db->connection(),
                 QStringLiteral("SELECT phone, name FROM clients UNION ALL SELECT p.phone, c.name FROM "
                                "client_phones p JOIN clients c ON c.id = p.client_id"));
    const SqlRow row(q);
    while (q.next())
        owners.insert(row.text("phone"), row.text("name"));
    return owners;
}

// Column names accepted in the header, English or Chinese, mapped to the field they fill.
const QHash<QString, QString> &headerAliases()
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("姓名"), QStringLiteral("name")},
        {QStringLiteral("客户姓名"), QStringLiteral("name")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("电话"), QStringLiteral("phone")},
        {QStringLiteral("手机"), QStringLiteral("phone")},
        {QStringLiteral("联系电话"), QStringLiteral("phone")},
        {QStringLiteral("gender"), QStringLiteral("gender")},
        {QStringLiteral("性别"), QStringLiteral("gender")},
        {QStringLiteral("occupation"), QStringLiteral("occupation")},
        {QStringLiteral("职业"), QStringLiteral("occupation")},
        {QStringLiteral("source"), QStringLiteral("source")},
        {QStringLiteral("来源"), QStringLiteral("source")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
        {QStringLiteral("备注"), QStringLiteral("notes")},
        {QStringLiteral("interests"), QStringLiteral("interests")},
        {QStringLiteral("关注点"), QStringLiteral("interests")},
        {QStringLiteral("consultant"), QStringLiteral("consultant")},
        {QStringLiteral("置业顾问"), QStringLiteral("consultant")},
        {QStringLiteral("id"), QStringLiteral("id")},
        {QStringLiteral("编号"), QStringLiteral("id")},
    };
    return aliases;
}

QString lineError(int line, const QString &message)
{
    return ClientCsv::tr("Line %1: %2").arg(line).arg(message);
}

} // namespace

ClientCsv::ImportResult ClientCsv::importFile(const Session &session, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult r;
        r.errors << tr("%1: cannot be opened (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return r;
    }
    return importBytes(session, file.readAll(), QDir::toNativeSeparators(path));
}

ClientCsv::ImportResult ClientCsv::importBytes(const Session &session, const QByteArray &bytes,
                                               const QString &fileLabel)
{
    Permissions::require(session, Action::ImportClients);
    ImportResult result;
    QList<Csv::Row> rows;
    try {
        // A file that is not wholly valid in its encoding is refused by line: guessing would store
        // mojibake (赵六 as 璧靛叚) under real phone numbers.
        const Csv::Decoded decoded = Csv::decodeChecked(bytes);
        result.encoding = decoded.encoding;
        for (const int line : decoded.badLines)
            result.errors << lineError(line, Csv::badBytesMessage(decoded.encoding));
        if (!result.errors.isEmpty())
            return result;
        rows = Csv::parse(decoded.text);
    } catch (const ValidationError &e) {
        result.errors << tr("%1: %2").arg(fileLabel, e.message());
        return result;
    }
    if (rows.isEmpty()) {
        result.errors
            << tr("%1: the file is empty; expected a header row with name and phone columns").arg(fileLabel);
        return result;
    }

    // Header: map each column to a field.
    const Csv::Row header = rows.takeFirst();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        const QString field = headerAliases().value(name.toLower());
        if (field.isEmpty()) {
            if (!name.isEmpty())
                result.warnings << lineError(header.line,
                                             tr("column \"%1\" is not known and was ignored").arg(name));
            continue;
        }
        if (column.contains(field)) {
            result.errors << lineError(header.line, tr("column \"%1\" appears twice").arg(name));
            continue;
        }
        column.insert(field, i);
    }
    for (const QString &needed : {QStringLiteral("name"), QStringLiteral("phone")})
        if (!column.contains(needed))
            result.errors << lineError(
                header.line, tr("the header has no %1 column (%2)")
                                 .arg(FieldNames::label(needed), needed == QLatin1String("name")
                                                                     ? QStringLiteral("name/姓名")
                                                                     : QStringLiteral("phone/电话")));
    if (!result.errors.isEmpty())
        return result;

    ClientRepository clients(session);
    QHash<QString, qint64> consultants;
    for (const Staff &s : StaffRepository(session).list())
        consultants.insert(s.name, s.id);
    // Phones already in the database, with the owner's name, for the duplicate check.
    const QHash<QString, QString> existing = phoneOwners(session);
    QHash<QString, int> phoneLine;

    auto cell = [&column](const Csv::Row &row, const QString &field) {
        const int i = column.value(field, -1);
        return i >= 0 && i < row.fields.size() ? Csv::unprotect(row.fields.at(i).trimmed()) : QString();
    };

    // The names' pinyin (the search keys) is worked out on a thread of its own while the lines
    // are checked here.
    QStringList names;
    names.reserve(rows.size());
    for (const Csv::Row &row : std::as_const(rows))
        names << cell(row, QStringLiteral("name"));
    Pinyin::InAdvance pinyin(names);
    // The vocabularies once, not once per row and field (each is built with its translations).
    const QList<Vocabulary::Entry> genders = Vocabulary::genders();
    const QList<Vocabulary::Entry> channels = Vocabulary::sourceChannels();
    const QList<Vocabulary::Entry> interests = Vocabulary::interests();
    QList<Client> parsed;
    QList<int> parsedLines; // the file's line of each
    parsed.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const Csv::Row &row = rows.at(r);
        Client c;
        c.name = names.at(r);
        c.phone = cell(row, QStringLiteral("phone"));
        c.occupation = cell(row, QStringLiteral("occupation"));
        c.notes = cell(row, QStringLiteral("notes"));
        QStringList lineProblems;
        const QString gender = cell(row, QStringLiteral("gender"));
        if (!gender.isEmpty()) {
            c.gender = Vocabulary::keyFor(genders, gender);
            if (c.gender.isEmpty())
                lineProblems << tr("%1: \"%2\" is not 男/女 or male/female")
                                    .arg(FieldNames::label(QStringLiteral("gender")), gender);
        }
        // A source no channel fits is the office's own wording ("中介推荐", "老业主介绍"): kept as
        // written under "other", and said so, never a reason to refuse the file.
        const QString source = cell(row, QStringLiteral("source"));
        if (!source.isEmpty()) {
            c.source = Vocabulary::keyFor(channels, source);
            if (c.source.isEmpty()) {
                c.source = QStringLiteral("other");
                c.sourceDetail = source;
                result.warnings << lineError(
                    row.line, tr("%1: \"%2\" is not one of the channels; kept as written, as %3")
                                  .arg(FieldNames::label(QStringLiteral("source")), source,
                                       Vocabulary::sourceLabel(c.source, source)));
            }
        }
        static const QRegularExpression interestSeparators(QStringLiteral("[,，、;；/]"));
        for (const QString &i :
             cell(row, QStringLiteral("interests")).split(interestSeparators, Qt::SkipEmptyParts)) {
            const QString key = Vocabulary::keyFor(interests, i);
            if (key.isEmpty())
                lineProblems << tr("%1: \"%2\" is not a known interest")
                                    .arg(FieldNames::label(QStringLiteral("interests")), i);
            else
                c.interests << key;
        }
        const QString consultant = cell(row, QStringLiteral("consultant"));
        if (!consultant.isEmpty()) {
            c.consultantId = consultants.value(consultant);
            if (c.consultantId == 0)
                lineProblems << tr("%1: no staff member is called \"%2\"")
                                    .arg(FieldNames::label(QStringLiteral("consultant")), consultant);
        }
        // Report every problem of a line, not only the first: name, then phone.
        QString name = c.name.trimmed();
        if (name.isEmpty())
            lineProblems.prepend(tr("%1: required").arg(FieldNames::label(QStringLiteral("name"))));
        QString why;
        const QString e164 = Phone::tryNormalize(c.phone, &why);
        if (e164.isEmpty()) {
            lineProblems << tr("%1: %2").arg(FieldNames::label(QStringLiteral("phone")), why);
        } else if (existing.contains(e164)) {
            lineProblems << tr("%1: %2 already belongs to client %3")
                                .arg(FieldNames::label(QStringLiteral("phone")), Phone::display(e164),
                                     existing.value(e164));
        } else if (phoneLine.contains(e164)) {
            lineProblems << tr("%1: %2 is also on line %3")
                                .arg(FieldNames::label(QStringLiteral("phone")), Phone::display(e164))
                                .arg(phoneLine.value(e164));
        } else {
            phoneLine.insert(e164, row.line);
        }
        if (lineProblems.isEmpty()) {
            try {
                c.phone = e164; // parsed once, above
                c.validateWithNormalizedPhone();
            } catch (const ValidationError &e) {
                lineProblems << e.message();
            }
        }
        if (!lineProblems.isEmpty()) {
            result.errors << lineError(row.line, lineProblems.join(QStringLiteral("; ")));
            continue;
        }
        parsed << c;
        parsedLines << row.line;
    }
    if (!result.errors.isEmpty())
        return result;
    if (parsed.isEmpty()) {
        result.errors << tr("%1: there are no client rows below the header").arg(fileLabel);
        return result;
    }
    try {
        Transaction tx(*session.db);
        clients.insertBatch(parsed, QStringLiteral("import"), &pinyin);
        // Another PC made one of these numbers another number of a client after the check above
        // (the unique index of the main numbers does not see the other numbers).
        if (!ClientPhones::mainNumberClash(session).isEmpty())
            throw UniqueClashError(tr("A phone number of the file was taken meanwhile"), QString());
        tx.commit();
    } catch (const UniqueClashError &) {
        // Another PC registered one of these phones (a walk-in, another import) after the check
        // above: nothing was imported, and the lines are named as the check names them.
        const QHash<QString, QString> now = phoneOwners(session);
        for (qsizetype i = 0; i < parsed.size(); ++i)
            if (now.contains(parsed.at(i).phone) && !existing.contains(parsed.at(i).phone))
                result.errors << lineError(parsedLines.at(i),
                                           tr("%1: %2 was registered for client %3 by another user while "
                                              "this file was being imported")
                                               .arg(FieldNames::label(QStringLiteral("phone")),
                                                    Phone::display(parsed.at(i).phone),
                                                    now.value(parsed.at(i).phone)));
        if (result.errors.isEmpty())
            throw;
        return result;
    }
    result.imported = int(parsed.size());
    return result;
}

// Every client's other numbers, in the order they were added.
static QHash<qint64, QStringList> otherPhones(const Session &session)
{
    QHash<qint64, QStringList> out;
    QSqlQuery q = Sql::run(session.db->connection(),
                           QStringLiteral("SELECT client_id, phone FROM client_phones ORDER BY id"));
    while (q.next())
        out[q.value(0).toLongLong()] << q.value(1).toString();
    return out;
}

// The client's other numbers in one cell, written as the main one and separated by "; " (masked
// as the main one is for a role that does not see the client in full).
static QString otherPhonesCell(const QStringList &phones, const Client &c)
{
    QStringList shown;
    for (const QString &phone : phones)
        shown << (c.phone.contains(u'*') ? Phone::mask(phone) : Phone::display(phone));
    return shown.join(QStringLiteral("; "));
}

int ClientCsv::exportFile(const Session &session, const QString &path)
{
    Permissions::require(session, Action::ExportClients);
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(
            tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
    QHash<qint64, QString> staffNames;
    for (const Staff &s : StaffRepository(session).list())
        staffNames.insert(s.id, s.name);
    file.write("\xEF\xBB\xBF");
    file.write(
        Csv::formatRow({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone"),
                        QStringLiteral("gender"), QStringLiteral("occupation"), QStringLiteral("source"),
                        QStringLiteral("interests"), QStringLiteral("consultant"), QStringLiteral("notes"),
                        QStringLiteral("other_phones")})
            .toUtf8() +
        "\r\n");
    int count = 0;
    const QHash<qint64, QStringList> others = otherPhones(session);
    ClientRepository(session).forEach([&](const Client &c) {
        QStringList interests;
        for (const QString &i : c.interests)
            interests << Vocabulary::label(Vocabulary::interests(), i);
        const QStringList fields = {
            QString::number(c.id),
            Csv::protect(c.name),
            Phone::display(c.phone),
            c.gender.isEmpty() ? QString() : Vocabulary::label(Vocabulary::genders(), c.gender),
            Csv::protect(c.occupation),
            !c.sourceDetail.isEmpty() ? Csv::protect(c.sourceDetail)
            : c.source.isEmpty()      ? QString()
                                      : Vocabulary::label(Vocabulary::sourceChannels(), c.source),
            interests.join(QStringLiteral("、")),
            staffNames.value(c.consultantId),
            Csv::protect(c.notes),
            otherPhonesCell(others.value(c.id), c)};
        file.write(Csv::formatRow(fields).toUtf8() + "\r\n");
        ++count;
    });
    RecordedExport::write(
        session, path,
        [&] {
            AuditLog::write(
                session, QStringLiteral("export_clients"), QStringLiteral("clients"), 0, {},
                {{QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())},
                 {QStringLiteral("count"), count}});
        },
        [&] {
            if (!file.commit())
                throw StorageError(
                    tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
        });
    return count;
}

} // namespace estatedesk
