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

    // Decodes bytes: UTF-8 when valid (a BOM is dropped), GB18030 otherwise.
    static QString decode(const QByteArray &bytes, QString *encodingName = nullptr);
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
