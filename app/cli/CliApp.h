// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace estatedesk {

// estatedesk-cli: global options, then a command and its arguments (DESIGN §7).
// Output on stdout; errors on stderr naming the file, line or field, with a non-zero exit:
// 1 = the command found problems or refused bad input, 2 = the command line itself is wrong,
// 3 = the database could not be opened or written, 4 = not signed in or not allowed.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp(QTextStream &out, QTextStream &err, QTextStream *in = nullptr) : m_out(out), m_err(err), m_in(in)
    {
    }
    int run(const QStringList &arguments);
    // Whether the command line prints a PDF: only that needs Qt Gui (fonts, text layout).
    static bool printsPdf(const QStringList &arguments);

    // One command of the table (CliApp.cpp): its usage, what --at means for it, when it runs and
    // the function that runs it; and what that function is handed.
    struct Command;
    struct CommandContext;

private:
    // The table: every command, in the order --help lists them.
    static const Command s_commands[];
    static const Command *findCommand(const QString &command, const QString &sub);
    int runCommand(const Command &command, const QString &at, const QString &user,
                   const DatabaseConfig &config, const QStringList &rest);
    void signIn(CommandContext &c, const QString &user);
    void usage();
    QString readPassword(bool forSignIn);
    // The commands written here rather than in a function of their own file.
    int checkCommand(CommandContext &c);
    int restoreCommand(CommandContext &c);
    int migrateToCommand(CommandContext &c);
    int initCommand(CommandContext &c);
    int demoCommand(CommandContext &c);
    int backupCommand(CommandContext &c);
    int importCommand(CommandContext &c);
    int exportCommand(CommandContext &c);
    int userCommand(CommandContext &c);
    int clientsFindCommand(CommandContext &c);
    int calendarCommand(const Session &session, const QString &sub, const QStringList &args);
    int slaCommand(const Session &session, const QString &sub, const QStringList &args);
    int slaItemCommand(const Session &session, const QString &sub, const QString &item);
    int overdueCommand(const Session &session, const QStringList &args);
    int reportCommand(const Session &session, const QStringList &args);
    int jobsCommand(const Session &session, const QStringList &args);
    // Answering consultations, editing clients and logging acts (issue 12).
    QString commandHelp(const QString &command, const QString &sub);
    int visitCommand(const Session &session, const QStringList &args);
    int consultationsCommand(const Session &session, const QStringList &args);
    int consultationCommand(const Session &session, const QStringList &args);
    int clientShowCommand(const Session &session, const QStringList &args);
    int clientEditCommand(const Session &session, const QStringList &args);
    int clientPhonesCommand(const Session &session, const QStringList &args);
    int recordCommand(const Session &session, const QStringList &args);
    int installmentsCommand(const Session &session, const QStringList &args);
    int receiptCommand(const Session &session, const QStringList &args);
    int receiptsCommand(const Session &session, const QStringList &args);
    int receiptReverseCommand(const Session &session, const QStringList &args);
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream *m_in;
};

} // namespace estatedesk
