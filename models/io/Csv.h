// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace estatedesk {

// CSV as Excel and the design card write it: comma separated, fields quoted with " when they
// contain a comma, quote or line break, "" for a quote inside. Input is UTF-8 (BOM or not) or
// GB18030 (Excel on Chinese Windows).
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    struct Row
    {
        int line = 0; // 1-based line of the file where the row starts
        QStringList fields;
    };

    struct Decoded
    {
        QString text;        // empty when badLines is not
        QString encoding;    // "UTF-8" or "GB18030": the encoding chosen
        QList<int> badLines; // 1-based lines holding bytes that are not valid in that encoding
    };
    // Chooses the encoding and decodes. A BOM means UTF-8 (and is dropped). Without one: valid
    // UTF-8 is UTF-8; otherwise the file is UTF-8 with damaged bytes when the well-formed UTF-8
    // characters outnumber the bytes that are not (a stray byte in a UTF-8 file), and GB18030
    // (Excel on Chinese Windows) when they do not. A file that is not wholly valid in the chosen
    // encoding is never decoded with replacement characters: its bad lines are returned instead.
    static Decoded decodeChecked(const QByteArray &bytes);
    // decodeChecked(), throwing ValidationError("file") that names the bad lines.
    static QString decode(const QByteArray &bytes, QString *encodingName = nullptr);
    // What is wrong with a line that decodeChecked() names.
    static QString badBytesMessage(const QString &encoding);
    // Splits text into rows; blank lines are skipped. Throws ValidationError("file") on an
    // unterminated quote, naming its line.
    static QList<Row> parse(const QString &text);
    // One CSV line (without the line break).
    static QString formatRow(const QStringList &fields);
    // A field safe to open in a spreadsheet: text starting with = + - @ gets a leading apostrophe
    // so that it is not run as a formula. unprotect() undoes it on import.
    static QString protect(const QString &field);
    static QString unprotect(const QString &field);
};

} // namespace estatedesk
