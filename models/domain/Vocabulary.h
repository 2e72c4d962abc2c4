// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace estatedesk {

// The closed lists of the domain: the key stored in the database and the label people read.
// Keys are stable English words; labels are translated.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    struct Entry
    {
        QString key;
        QString label;
        // Other spellings accepted on input (imports from Excel sheets in either language).
        QStringList aliases = {};
    };

    static QList<Entry> roles();
    static QList<Entry> genders();
    static QList<Entry> sourceChannels();
    static QList<Entry> interests();
    static QList<Entry> serviceKinds();
    // The acts staff log by hand: call, wechat, visit, message, other.
    static QList<Entry> manualServiceKinds();
    static QList<Entry> appointmentStatuses();
    static QList<Entry> contractStatuses();
    static QList<Entry> complaintStatuses();
    static QList<Entry> complaintSeverities();
    static QList<Entry> unitStates();

    static QStringList keys(const QList<Entry> &entries);
    // The label of key in entries, or the key itself when unknown.
    static QString label(const QList<Entry> &entries, const QString &key);
    // A client's source as people read it: the channel, with the wording of the file it came
    // from when no channel fitted ("Other (中介推荐)").
    static QString sourceLabel(const QString &key, const QString &detail);
    // Accepts a key or a label (English or translated, case-insensitive) and returns the key,
    // or an empty string when nothing matches.
    static QString keyFor(const QList<Entry> &entries, const QString &keyOrLabel);
};

} // namespace estatedesk
