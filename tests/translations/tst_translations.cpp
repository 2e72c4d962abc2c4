// SPDX-License-Identifier: GPL-3.0-or-later
// Fails when the Chinese translation is not complete for the current sources: runs lupdate over
// the sources of all three layers into a copy of estatedesk_zh_CN.ts and counts what it marks
// unfinished (new strings, changed strings, strings never translated).
#include <QDomDocument>
#include <QProcess>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void chineseIsComplete();
};

void TestTranslations::chineseIsComplete()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("estatedesk_zh_CN.ts"));
    QVERIFY(QFile::copy(QStringLiteral(ESTATEDESK_TS_DIR "/estatedesk_zh_CN.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProgram(QStringLiteral(ESTATEDESK_LUPDATE));
    lupdate.setArguments({QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"), QStringLiteral("@" ESTATEDESK_TR_SOURCES),
                          QStringLiteral("-ts"), copy});
    lupdate.start();
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QDomDocument doc;
    QVERIFY(doc.setContent(&f));
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    QVERIFY2(messages.size() > 100, "the sources should have many translatable strings");
    QStringList unfinished;
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement m = messages.at(i).toElement();
        const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
        const bool empty =
            t.text().trimmed().isEmpty() && t.firstChildElement(QStringLiteral("numerusform")).isNull();
        if (t.attribute(QStringLiteral("type")) == QLatin1String("unfinished") || empty) {
            const QString context = m.parentNode().firstChildElement(QStringLiteral("name")).text();
            unfinished << context + QStringLiteral(": ") +
                              m.firstChildElement(QStringLiteral("source")).text();
        }
    }
    QVERIFY2(
        unfinished.isEmpty(),
        qPrintable(QStringLiteral(
                       "%1 unfinished zh_CN entries (run the update_translations target, then translate):\n")
                       .arg(unfinished.size()) +
                   unfinished.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
