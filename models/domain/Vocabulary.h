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

    // The keys code compares and writes, one name each (the lists below give their labels).
    // System is the program's own actor (its scheduled runs, and a database without accounts); it
    // is no account's role, so roles() does not list it.
    struct Role
    {
        static constexpr QLatin1String Reception{"reception"}, Consultant{"consultant"}, Service{"service"},
            Supervisor{"supervisor"}, Admin{"admin"}, System{"system"};
    };
    struct AppointmentStatus
    {
        static constexpr QLatin1String Booked{"booked"}, Confirmed{"confirmed"}, CheckedIn{"checked_in"},
            Done{"done"}, NoShow{"no_show"}, Cancelled{"cancelled"};
    };
    struct ContractStatus
    {
        static constexpr QLatin1String Draft{"draft"}, Signed{"signed"}, Filed{"filed"},
            Cancelled{"cancelled"};
    };
    // A complaint's status is the last step it went through (the steps of its events).
    struct ComplaintStatus
    {
        static constexpr QLatin1String Received{"received"}, FirstResponse{"first_response"},
            SolutionProposed{"solution_proposed"}, Resolved{"resolved"}, ReturnVisit{"return_visit"},
            Closed{"closed"};
    };
    struct ComplaintSeverity
    {
        static constexpr QLatin1String Normal{"normal"}, Urgent{"urgent"}, Emergency{"emergency"};
    };
    struct UnitState
    {
        static constexpr QLatin1String Available{"available"}, Reserved{"reserved"}, Contracted{"contracted"},
            HandedOver{"handed_over"};
    };
    struct HandoverStatus
    {
        static constexpr QLatin1String Scheduled{"scheduled"}, Done{"done"}, Cancelled{"cancelled"};
    };
    struct DefectStatus
    {
        static constexpr QLatin1String Open{"open"}, Fixed{"fixed"}, Closed{"closed"};
    };
    // The outcome of a defect's last re-inspection (empty before the first).
    struct Reinspection
    {
        static constexpr QLatin1String Passed{"passed"}, Failed{"failed"};
    };
    // A consultant's place on the walk-in rotation board.
    struct RotationStatus
    {
        static constexpr QLatin1String Available{"available"}, WithClient{"with_client"}, OnBreak{"on_break"},
            OnLeave{"on_leave"};
    };
    struct LoanTaxStatus
    {
        static constexpr QLatin1String Pending{"pending"}, Done{"done"}, Rejected{"rejected"};
    };
    // A return visit owed after signing or after a handover.
    struct VisitStatus
    {
        static constexpr QLatin1String Due{"due"}, Done{"done"}, Withdrawn{"withdrawn"};
    };

    // What a service record says was done (serviceKinds() gives their labels).
    struct ServiceKind
    {
        static constexpr QLatin1String Consultation{"consultation"}, Call{"call"}, Viewing{"viewing"},
            Contract{"contract"}, Payment{"payment"}, Handover{"handover"}, Complaint{"complaint"},
            ReturnVisit{"return_visit"}, Wechat{"wechat"}, Visit{"visit"}, Message{"message"}, Other{"other"};
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
    static QList<Entry> handoverStatuses();
    static QList<Entry> defectStatuses();
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
