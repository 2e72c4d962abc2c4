// SPDX-License-Identifier: GPL-3.0-or-later
// The manual pages are written from the programs' own --help at build time
// (resources/man/ManPage.cmake): every console command answers COMMAND --help with its usage
// before it opens any database, and estatedesk-cli(1) carries every one of those usage lines.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput())};
}

// The page as a reader sees its words: roff's escapes undone.
QString manText(const QString &name)
{
    QFile f(QStringLiteral(ESTATEDESK_MAN_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    text.replace(QStringLiteral("\\-"), QStringLiteral("-")).replace(QStringLiteral("\\&"), QString());
    return text.replace(QStringLiteral("\\e"), QStringLiteral("\\"));
}

QStringList usageLines(const QString &help)
{
    QStringList lines;
    static const QRegularExpression usage(QStringLiteral("^Usage: estatedesk-cli (.+)$"),
                                          QRegularExpression::MultilineOption);
    for (auto it = usage.globalMatch(help); it.hasNext();)
        lines << it.next().captured(1);
    return lines;
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT
private slots:
    void commandHelp_data();
    void commandHelp();
    void cliPageListsOptionsAndExitStatus();
    void guiPage();
};

void TestManPages::commandHelp_data()
{
    // The commands of DESIGN §7 as they are typed.
    QTest::addColumn<QStringList>("command");
    const char *commands[] = {"init",
                              "demo",
                              "check",
                              "backup",
                              "restore",
                              "import clients",
                              "export clients",
                              "calendar import",
                              "calendar export",
                              "calendar",
                              "sla due",
                              "sla explain",
                              "overdue",
                              "clients find",
                              "clients show",
                              "clients edit",
                              "clients",
                              "user add",
                              "report",
                              "visit register",
                              "consultations",
                              "consultation respond",
                              "record add",
                              "installments",
                              "receipt add",
                              "receipt reverse",
                              "receipts",
                              "jobs run"};
    for (const char *c : commands)
        QTest::newRow(c) << QString::fromLatin1(c).split(u' ');
}

void TestManPages::commandHelp()
{
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("never.sqlite"));
    const Run r = run(QStringLiteral(ESTATEDESK_CLI_PATH), QStringList{QStringLiteral("--db"), db} + command +
                                                               QStringList{QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(!QFile::exists(db), "COMMAND --help opened the database");
    const QStringList lines = usageLines(r.out);
    QVERIFY2(!lines.isEmpty(), qPrintable(r.out));
    const QString typed = command.join(u' ');
    const QString page = manText(QStringLiteral("estatedesk-cli.1"));
    QVERIFY(!page.isEmpty());
    const QString overview = run(QStringLiteral(ESTATEDESK_CLI_PATH), {QStringLiteral("--help")}).out;
    for (const QString &line : lines) {
        QVERIFY2(line == typed || line.startsWith(typed + u' '), qPrintable(line));
        QVERIFY2(page.contains(QStringLiteral("\n.B ") + line + u'\n'), qPrintable(line));
        QVERIFY2(overview.contains(QStringLiteral("\n  ") + line + u'\n'), qPrintable(line));
    }
    // A command with several sub-commands shows every one of them.
    if (typed == QLatin1String("calendar"))
        QCOMPARE(lines.size(), 2);
    if (typed == QLatin1String("clients"))
        QCOMPARE(lines.size(), 4);
}

void TestManPages::cliPageListsOptionsAndExitStatus()
{
    const QString page = manText(QStringLiteral("estatedesk-cli.1"));
    QVERIFY(page.contains(QStringLiteral(".TH ESTATEDESK-CLI 1 ")));
    QVERIFY(page.contains(QStringLiteral(".SH SYNOPSIS\n.B estatedesk-cli\n[--db FILE | --pg")));
    for (const char *option : {"--db FILE", "--pg CONNECTION", "--at ISO8601", "--user NAME", "--version"})
        QVERIFY2(page.contains(QStringLiteral(".B ") + QLatin1String(option)), option);
    QVERIFY(page.contains(QStringLiteral(".SH \"EXIT STATUS\"\n0 done, 1 the data says no")));
    QVERIFY(page.contains(QStringLiteral(".SH \"SEE ALSO\"\nestatedesk(1)")));
    // Installed compressed, as Debian wants manual pages.
    QVERIFY(QFile::exists(QStringLiteral(ESTATEDESK_MAN_DIR "/estatedesk-cli.1.gz")));
    const Run version = run(QStringLiteral(ESTATEDESK_CLI_PATH), {QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.startsWith(QStringLiteral("estatedesk-cli ")) &&
                 page.contains(version.out.mid(15).trimmed()),
             qPrintable(version.out));
}

void TestManPages::guiPage()
{
    // The desktop program's page: its own options from QCommandLineParser.
    const QString page = manText(QStringLiteral("estatedesk.1"));
    QVERIFY(page.contains(QStringLiteral(".TH ESTATEDESK 1 ")));
    QVERIFY(page.contains(QStringLiteral(".SH SYNOPSIS\n.B estatedesk\n")));
    QVERIFY2(page.contains(QStringLiteral(".B --db <FILE>\nSQLite database FILE\n")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral(".B --pg <CONNECTION>\n")));
    QVERIFY(page.contains(QStringLiteral(".SH FILES\n")));
    QVERIFY(QFile::exists(QStringLiteral(ESTATEDESK_MAN_DIR "/estatedesk.1.gz")));
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
