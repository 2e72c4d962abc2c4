// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Csv.h"

#include "core/Errors.h"

#include <QStringDecoder>

namespace estatedesk {

namespace {

const QString kUtf8 = QStringLiteral("UTF-8");
const QString kGb18030 = QStringLiteral("GB18030");

QStringDecoder decoderFor(const QString &encoding)
{
    if (encoding == kUtf8)
        return QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    return QStringDecoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless);
}

// The lines (1-based) that do not decode cleanly on their own. A line feed is never part of a
// multi-byte character in UTF-8 or GB18030, so the bytes split into lines safely.
QList<int> linesWithBadBytes(const QByteArray &data, const QString &encoding)
{
    QList<int> bad;
    int line = 1;
    for (const QByteArray &part : data.split('\n')) {
        if (!part.isEmpty()) {
            QStringDecoder decoder = decoderFor(encoding);
            const QString decoded = decoder(part); // converting runs the decoder
            Q_UNUSED(decoded)
            if (decoder.hasError())
                bad << line;
        }
        ++line;
    }
    return bad;
}

// Whether text that is not valid UTF-8 is still mostly UTF-8: its well-formed non-ASCII
// characters outnumber the replacement characters the bad bytes turn into. GB18030 Chinese read as
// UTF-8 is nearly all bad bytes (a lead byte is rarely followed by what UTF-8 expects).
bool mostlyUtf8(const QString &decodedAsUtf8)
{
    qsizetype wellFormed = 0;
    qsizetype replaced = 0;
    for (const QChar c : decodedAsUtf8) {
        if (c == QChar::ReplacementCharacter)
            ++replaced;
        else if (c.unicode() >= 0x80 && !c.isLowSurrogate())
            ++wellFormed;
    }
    return wellFormed > replaced;
}

} // namespace

Csv::Decoded Csv::decodeChecked(const QByteArray &bytes)
{
    Decoded result;
    QByteArray data = bytes;
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    if (bom)
        data.remove(0, 3);
    QStringDecoder utf8 = decoderFor(kUtf8);
    const QString text = utf8(data);
    if (!utf8.hasError()) {
        result.encoding = kUtf8;
        result.text = text;
        return result;
    }
    result.encoding = bom || mostlyUtf8(text) ? kUtf8 : kGb18030;
    if (result.encoding == kGb18030) {
        QStringDecoder gb = decoderFor(kGb18030);
        if (!gb.isValid())
            throw ValidationError(QStringLiteral("file"),
                                  tr("The file is not UTF-8 and GB18030 is not available to read it."));
        const QString gbText = gb(data);
        if (!gb.hasError()) {
            result.text = gbText;
            return result;
        }
    }
    result.badLines = linesWithBadBytes(data, result.encoding);
    if (result.badLines.isEmpty()) // an error only the whole file shows, e.g. a truncated last character
        result.badLines << int(data.count('\n')) + 1;
    return result;
}

QString Csv::decode(const QByteArray &bytes, QString *encodingName)
{
    Decoded d = decodeChecked(bytes);
    if (encodingName)
        *encodingName = d.encoding;
    if (!d.badLines.isEmpty()) {
        QStringList problems;
        for (const int line : std::as_const(d.badLines))
            problems << tr("Line %1: %2").arg(line).arg(badBytesMessage(d.encoding));
        throw ValidationError(QStringLiteral("file"), problems.join(u'\n'));
    }
    return d.text;
}

QString Csv::badBytesMessage(const QString &encoding)
{
    return tr("bytes that are not valid %1, the encoding this file is read in; correct the line or save the file "
              "again as UTF-8")
        .arg(encoding);
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
