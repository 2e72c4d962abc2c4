// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Csv.h"

#include "core/Errors.h"

#include <QStringDecoder>

namespace estatedesk {

QString Csv::decode(const QByteArray &bytes, QString *encodingName)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(data);
    if (!utf8.hasError()) {
        if (encodingName)
            *encodingName = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        throw ValidationError(QStringLiteral("file"), tr("The file is not UTF-8 and GB18030 is not available to read it."));
    text = gb(data);
    if (encodingName)
        *encodingName = QStringLiteral("GB18030");
    return text;
}

QList<Csv::Row> Csv::parse(const QString &text)
{
    QList<Row> rows;
    Row row;
    QString field;
    bool inQuotes = false;
    bool rowHasContent = false;
    int line = 1;
    int quoteStartLine = 0;
    row.line = 1;
    auto endField = [&] {
        row.fields << field;
        field.clear();
    };
    auto endRow = [&] {
        endField();
        const bool blank = !rowHasContent && row.fields.size() == 1 && row.fields.constFirst().isEmpty();
        if (!blank)
            rows << row;
        row = Row{};
        rowHasContent = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            rowHasContent = true;
            quoteStartLine = line;
        } else if (c == u',') {
            endField();
            rowHasContent = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            endRow();
            ++line;
            row.line = line;
        } else {
            field.append(c);
            rowHasContent = true;
        }
    }
    if (inQuotes)
        throw ValidationError(QStringLiteral("file"),
                              tr("Line %1: a quoted field is never closed (missing \")").arg(quoteStartLine));
    if (rowHasContent || !field.isEmpty())
        endRow();
    return rows;
}

QString Csv::formatRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields) {
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
            QString q = f;
            q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out << QStringLiteral("\"") + q + QStringLiteral("\"");
        } else {
            out << f;
        }
    }
    return out.join(u',');
}

QString Csv::protect(const QString &field)
{
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.at(0)))
        return QStringLiteral("'") + field;
    return field;
}

QString Csv::unprotect(const QString &field)
{
    if (field.size() > 1 && field.at(0) == u'\'' && QStringLiteral("=+-@").contains(field.at(1)))
        return field.mid(1);
    return field;
}

} // namespace estatedesk
