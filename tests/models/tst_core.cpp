// SPDX-License-Identifier: GPL-3.0-or-later
// Phone numbers, field validation, vocabularies, language choice and the network-drive check:
// the pieces that need no database.
#include "core/Errors.h"
#include "core/IdDocument.h"
#include "core/Phone.h"
#include "core/Pinyin.h"
#include "core/Platform.h"
#include "core/Translations.h"
#include "domain/Entities.h"
#include "domain/Vocabulary.h"
#include "storage/FileSystemCheck.h"

#include <QTranslator>
#include <QtTest>

using namespace estatedesk;

class TestCore : public QObject
{
    Q_OBJECT
private slots:
    void normalizesPhones_data();
    void normalizesPhones();
    void rejectsBadPhones_data();
    void rejectsBadPhones();
    void masksAndDisplaysPhones();
    void phoneErrorNamesTheField();
    void validationNamesEachField_data();
    void validationNamesEachField();
    void vocabularyAcceptsChineseAndEnglish();
    void handoverAndDefectStatusesAreVocabulary();
    void recognisesNetworkFilesystems();
    void operatingSystemCallsLiveInThePlatformFile();
    void choosesChineseUnlessEnglishIsAsked();
    void identityDocuments_data();
    void identityDocuments();
    void pinyinOfManyNamesIsEachNamesOwn();
};

void TestCore::normalizesPhones_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::newRow("mobile") << "13812345678"
                            << "+8613812345678";
    QTest::newRow("mobile spaced") << "138 1234 5678"
                                   << "+8613812345678";
    QTest::newRow("mobile dashed") << "138-1234-5678"
                                   << "+8613812345678";
    QTest::newRow("+86") << "+86 138 1234 5678"
                         << "+8613812345678";
    // A Chinese input method in its full-width mode (the tester's F13).
    QTest::newRow("full-width") << QString::fromUtf8("１３８　１２３４－５６７８") << "+8613812345678";
    QTest::newRow("full-width +86") << QString::fromUtf8("＋８６ １３８１２３４５６７８") << "+8613812345678";
    QTest::newRow("+86 dashed") << "+86-138-1234-5678"
                                << "+8613812345678";
    QTest::newRow("0086") << "0086 13812345678"
                          << "+8613812345678";
    QTest::newRow("Beijing landline") << "010-12345678"
                                      << "+861012345678";
    QTest::newRow("Shenzhen landline") << "0755 8888 9999"
                                       << "+8675588889999";
    QTest::newRow("landline in brackets") << "(021) 6234 5678"
                                          << "+862162345678";
    QTest::newRow("landline +86") << "+86 10 1234 5678"
                                  << "+861012345678";
    QTest::newRow("foreign mobile") << "+1 650 253 0000"
                                    << "+16502530000";
    QTest::newRow("surrounding spaces") << "  13900001111 "
                                        << "+8613900001111";
}

void TestCore::normalizesPhones()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QCOMPARE(Phone::normalize(input), e164);
}

void TestCore::rejectsBadPhones_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("too short") << "12345";
    QTest::newRow("letters") << "1381234abcd";
    QTest::newRow("trailing letter") << "13812345678x";
    QTest::newRow("landline without area code") << "62345678";
    QTest::newRow("too long mobile") << "138123456789";
    QTest::newRow("bank service number") << "95588";
    QTest::newRow("400 service line") << "400-800-1234";
    QTest::newRow("chinese text") << QString::fromUtf8("电话13812345678");
    QTest::newRow("plus in the middle") << "138+12345678";
    QTest::newRow("full-width letters") << QString::fromUtf8("１３８１２３４ａｂｃｄ");
}

void TestCore::rejectsBadPhones()
{
    QFETCH(QString, input);
    QString why;
    QVERIFY(Phone::tryNormalize(input, &why).isEmpty());
    QVERIFY2(!why.isEmpty(), "a rejected phone must say why");
    // The message quotes what was typed, full-width or not.
    if (!input.trimmed().isEmpty())
        QVERIFY2(why.contains(input.trimmed()), qPrintable(why));
}

void TestCore::masksAndDisplaysPhones()
{
    QCOMPARE(Phone::mask(QStringLiteral("+8613812345678")), QStringLiteral("138****5678"));
    QCOMPARE(Phone::mask(QStringLiteral("+861012345678")), QStringLiteral("010****5678"));
    QCOMPARE(Phone::display(QStringLiteral("+8613812345678")), QStringLiteral("138 1234 5678"));
    QCOMPARE(Phone::display(QStringLiteral("+861012345678")), QStringLiteral("010 1234 5678"));
    QCOMPARE(Phone::digitsOnly(QStringLiteral("+86-138 1234")), QStringLiteral("861381234"));
    QCOMPARE(maskIdNumber(QStringLiteral("110101199003071234")), QStringLiteral("110101********1234"));
    QCOMPARE(maskIdNumber(QStringLiteral("11010119900307123X")), QStringLiteral("110101********123X"));
    QCOMPARE(maskIdNumber(QStringLiteral("110101900307123")),
             QStringLiteral("110101*****7123")); // 15-digit legacy form
    QCOMPARE(maskIdNumber(QStringLiteral("E1234")), QStringLiteral("*****"));
}

void TestCore::phoneErrorNamesTheField()
{
    try {
        Phone::normalize(QStringLiteral("12"), QStringLiteral("phone"));
        QFAIL("expected a ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("phone"));
        QVERIFY2(e.message().startsWith(QStringLiteral("Phone:")), qPrintable(e.message()));
    }
}

void TestCore::validationNamesEachField_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("label");
    QTest::newRow("client without name") << "client-name"
                                         << "name"
                                         << "Name:";
    QTest::newRow("client bad phone") << "client-phone"
                                      << "phone"
                                      << "Phone:";
    QTest::newRow("client bad gender") << "client-gender"
                                       << "gender"
                                       << "Gender:";
    QTest::newRow("client bad source") << "client-source"
                                       << "source"
                                       << "Source:";
    QTest::newRow("client bad interest") << "client-interest"
                                         << "interests"
                                         << "Interests:";
    QTest::newRow("staff bad role") << "staff-role"
                                    << "role"
                                    << "Role:";
    QTest::newRow("viewing ends before start") << "appointment-end"
                                               << "ends_at"
                                               << "End:";
    QTest::newRow("viewing party of zero") << "appointment-party"
                                           << "party_size"
                                           << "Party size:";
    QTest::newRow("contract discount above price") << "contract-discount"
                                                   << "discount"
                                                   << "Discount:";
    QTest::newRow("contract signed without date") << "contract-signed"
                                                  << "signed_on"
                                                  << "Signing date:";
    QTest::newRow("contract cancelled without reason") << "contract-cancel"
                                                       << "cancel_reason"
                                                       << "Cancellation reason:";
    QTest::newRow("complaint without description") << "complaint-description"
                                                   << "description"
                                                   << "Description:";
    QTest::newRow("complaint bad severity") << "complaint-severity"
                                            << "severity"
                                            << "Severity:";
    QTest::newRow("consultation answered before received") << "consultation-response"
                                                           << "responded_at"
                                                           << "Responded at:";
    QTest::newRow("unit without area") << "unit-area"
                                       << "area"
                                       << "Area:";
}

void TestCore::validationNamesEachField()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QString, label);
    Client client;
    client.name = QStringLiteral("张三");
    client.phone = QStringLiteral("13812345678");
    Appointment appointment;
    appointment.clientId = 1;
    appointment.startsAt = 1000;
    appointment.endsAt = 2000;
    Contract contract;
    contract.number = QStringLiteral("HT-1");
    contract.clientId = 1;
    contract.unitId = 1;
    contract.priceFen = 100;
    Complaint complaint;
    complaint.clientId = 1;
    complaint.receivedAt = 1000;
    complaint.description = QStringLiteral("漏水");
    Consultation consultation;
    consultation.clientId = 1;
    consultation.channel = QStringLiteral("phone");
    consultation.receivedAt = 5000;
    Unit unit;
    unit.building = QStringLiteral("3");
    unit.room = QStringLiteral("1502");
    unit.floor = 15;
    Staff staff;
    staff.name = QStringLiteral("李四");
    staff.role = QStringLiteral("boss");

    std::function<void()> act;
    if (entity == QLatin1String("client-name")) {
        client.name = QStringLiteral("   ");
        act = [&] { client.validate(); };
    } else if (entity == QLatin1String("client-phone")) {
        client.phone = QStringLiteral("123");
        act = [&] { client.validate(); };
    } else if (entity == QLatin1String("client-gender")) {
        client.gender = QStringLiteral("x");
        act = [&] { client.validate(); };
    } else if (entity == QLatin1String("client-source")) {
        client.source = QStringLiteral("tv");
        act = [&] { client.validate(); };
    } else if (entity == QLatin1String("client-interest")) {
        client.interests = {QStringLiteral("price"), QStringLiteral("weather")};
        act = [&] { client.validate(); };
    } else if (entity == QLatin1String("staff-role")) {
        act = [&] { staff.validate(); };
    } else if (entity == QLatin1String("appointment-end")) {
        appointment.endsAt = appointment.startsAt;
        act = [&] { appointment.validate(); };
    } else if (entity == QLatin1String("appointment-party")) {
        appointment.partySize = 0;
        act = [&] { appointment.validate(); };
    } else if (entity == QLatin1String("contract-discount")) {
        contract.discountFen = 101;
        act = [&] { contract.validate(); };
    } else if (entity == QLatin1String("contract-signed")) {
        contract.status = QStringLiteral("signed");
        act = [&] { contract.validate(); };
    } else if (entity == QLatin1String("contract-cancel")) {
        contract.status = QStringLiteral("cancelled");
        act = [&] { contract.validate(); };
    } else if (entity == QLatin1String("complaint-description")) {
        complaint.description.clear();
        act = [&] { complaint.validate(); };
    } else if (entity == QLatin1String("complaint-severity")) {
        complaint.severity = QStringLiteral("mild");
        act = [&] { complaint.validate(); };
    } else if (entity == QLatin1String("consultation-response")) {
        consultation.respondedAt = 4000;
        act = [&] { consultation.validate(); };
    } else if (entity == QLatin1String("unit-area")) {
        act = [&] { unit.validate(); };
    }
    QVERIFY(act);
    try {
        act();
        QFAIL("expected a ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
        QVERIFY2(e.message().startsWith(label), qPrintable(e.message()));
    }
}

void TestCore::vocabularyAcceptsChineseAndEnglish()
{
    QCOMPARE(Vocabulary::keyFor(Vocabulary::genders(), QString::fromUtf8("女")), QStringLiteral("female"));
    QCOMPARE(Vocabulary::keyFor(Vocabulary::genders(), QStringLiteral("male")), QStringLiteral("male"));
    QCOMPARE(Vocabulary::keyFor(Vocabulary::sourceChannels(), QString::fromUtf8("微信")),
             QStringLiteral("wechat"));
    QCOMPARE(Vocabulary::keyFor(Vocabulary::sourceChannels(), QStringLiteral("Walk-in")),
             QStringLiteral("walk_in"));
    QVERIFY(Vocabulary::keyFor(Vocabulary::sourceChannels(), QStringLiteral("television")).isEmpty());
}

void TestCore::handoverAndDefectStatusesAreVocabulary()
{
    using H = Vocabulary::HandoverStatus;
    using D = Vocabulary::DefectStatus;
    QCOMPARE(Vocabulary::keys(Vocabulary::handoverStatuses()),
             (QStringList{QStringLiteral("scheduled"), QStringLiteral("done"), QStringLiteral("cancelled")}));
    QCOMPARE(Vocabulary::keys(Vocabulary::defectStatuses()),
             (QStringList{QStringLiteral("open"), QStringLiteral("fixed"), QStringLiteral("closed")}));
    QCOMPARE(Vocabulary::label(Vocabulary::handoverStatuses(), H::Done), QStringLiteral("Handed over"));
    QCOMPARE(Vocabulary::label(Vocabulary::defectStatuses(), D::Fixed),
             QStringLiteral("Fixed, awaiting re-inspection"));

    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/estatedesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    const QString scheduled = Vocabulary::label(Vocabulary::handoverStatuses(), H::Scheduled);
    const QString done = Vocabulary::label(Vocabulary::handoverStatuses(), H::Done);
    const QString cancelled = Vocabulary::label(Vocabulary::handoverStatuses(), H::Cancelled);
    const QString open = Vocabulary::label(Vocabulary::defectStatuses(), D::Open);
    const QString fixed = Vocabulary::label(Vocabulary::defectStatuses(), D::Fixed);
    const QString closed = Vocabulary::label(Vocabulary::defectStatuses(), D::Closed);
    const QString fromChinese =
        Vocabulary::keyFor(Vocabulary::defectStatuses(), QString::fromUtf8("已整改，待复验"));
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(scheduled, QString::fromUtf8("待交房"));
    QCOMPARE(done, QString::fromUtf8("已交房"));
    QCOMPARE(cancelled, QString::fromUtf8("已取消"));
    QCOMPARE(open, QString::fromUtf8("待整改"));
    QCOMPARE(fixed, QString::fromUtf8("已整改，待复验"));
    QCOMPARE(closed, QString::fromUtf8("已整改，复验合格"));
    QCOMPARE(fromChinese, QStringLiteral("fixed"));

    // A status outside the list is refused, naming the field.
    Defect d;
    d.handoverId = 1;
    d.location = QStringLiteral("kitchen");
    d.description = QStringLiteral("tap drips");
    d.responsible = QStringLiteral("builder");
    d.deadlineDays = 15;
    d.recordedAt = 1;
    d.validate();
    d.status = QStringLiteral("lost");
    try {
        d.validate();
        QFAIL("a defect status outside the list was accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("status"));
    }
}

void TestCore::recognisesNetworkFilesystems()
{
    QCOMPARE(networkFilesystemName(0x6969), QStringLiteral("NFS"));
    QCOMPARE(networkFilesystemName(0xFF534D42), QStringLiteral("SMB/CIFS"));
    QCOMPARE(networkFilesystemName(0xFE534D42), QStringLiteral("SMB2"));
    QCOMPARE(networkFilesystemName(0x517B), QStringLiteral("SMB"));
    QVERIFY(networkFilesystemName(0xEF53).isEmpty());     // ext4
    QVERIFY(networkFilesystemName(0x58465342).isEmpty()); // xfs
    QVERIFY(networkFilesystemType(QDir::tempPath()).isEmpty());
#ifdef Q_OS_LINUX
    // The real call answers on Linux (the test folder is on a local disk).
    QVERIFY(platform::fileSystemMagic(QDir::tempPath()).has_value());
    QVERIFY(
        !platform::fileSystemMagic(QDir::tempPath() + QStringLiteral("/no-such-folder-here")).has_value());
#endif
}

void TestCore::operatingSystemCallsLiveInThePlatformFile()
{
    // Issue 17 item 5: the program stays portable when every call into the operating system is in
    // models/core/Platform.cpp (which names each one's Windows equivalent). Any other source that
    // includes a system header or branches on the system is named here.
    static const QRegularExpression systemSpecific(QStringLiteral(
        R"(#\s*include\s*<(unistd\.h|fcntl\.h|sys/[a-z_]+\.h|signal\.h|csignal|windows\.h|io\.h|direct\.h|pwd\.h|grp\.h)>|\bQ_OS_[A-Z]+|\b_WIN32\b|\bgetuid\s*\(|\bfsync\s*\(|\bstatfs\s*\()"));
    const QDir root(QStringLiteral(ESTATEDESK_SOURCE_DIR));
    QStringList offenders;
    int scanned = 0;
    for (const char *folder : {"models", "ui", "app"}) {
        QDirIterator it(root.filePath(QLatin1String(folder)),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = root.relativeFilePath(path);
            if (relative == QLatin1String("models/core/Platform.cpp"))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++scanned;
            const QString text = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch m = systemSpecific.match(text);
            if (m.hasMatch())
                offenders << QStringLiteral("%1: %2").arg(relative, m.captured(0));
        }
    }
    QVERIFY2(scanned > 100, qPrintable(QString::number(scanned)));
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

void TestCore::choosesChineseUnlessEnglishIsAsked()
{
    QCOMPARE(Translations::chooseLanguage(QLocale(QLocale::Chinese, QLocale::China), QString()),
             QStringLiteral("zh_CN"));
    QCOMPARE(Translations::chooseLanguage(QLocale::c(), QString()), QStringLiteral("zh_CN"));
    QCOMPARE(Translations::chooseLanguage(QLocale(QLocale::English, QLocale::UnitedStates), QString()),
             QStringLiteral("en"));
    QCOMPARE(Translations::chooseLanguage(QLocale(QLocale::English, QLocale::UnitedStates),
                                          QStringLiteral("zh_CN")),
             QStringLiteral("zh_CN"));
    QCOMPARE(Translations::chooseLanguage(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("en")),
             QStringLiteral("en"));
}

void TestCore::identityDocuments_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("normalised"); // empty: refused
    // Known valid resident IDs (the GB 11643-1999 sample 440524188001010014 among them).
    QTest::newRow("valid") << "resident_id"
                           << "110101199003074477"
                           << "110101199003074477";
    QTest::newRow("standard's sample") << "resident_id"
                                       << "440524188001010014"
                                       << "440524188001010014";
    QTest::newRow("check digit X") << "resident_id"
                                   << "11010519491231002X"
                                   << "11010519491231002X";
    QTest::newRow("lowercase x") << "resident_id"
                                 << "11010519491231002x"
                                 << "11010519491231002X";
    QTest::newRow("spaces") << "resident_id"
                            << "110101 19900307 4477"
                            << "110101199003074477";
    QTest::newRow("bad check digit") << "resident_id"
                                     << "110101199003074478"
                                     << "";
    QTest::newRow("impossible date") << "resident_id"
                                     << "110101199002304471"
                                     << "";
    QTest::newRow("future birth date") << "resident_id"
                                       << "110101203001011234"
                                       << "";
    QTest::newRow("wrong length") << "resident_id"
                                  << "11010119900307447"
                                  << "";
    QTest::newRow("letters inside") << "resident_id"
                                    << "1101011990A3074477"
                                    << "";
    QTest::newRow("15-digit legacy") << "resident_id"
                                     << "320311770706001"
                                     << "320311770706001";
    QTest::newRow("15-digit impossible date") << "resident_id"
                                              << "320311771306001"
                                              << "";
    QTest::newRow("Chinese passport") << "passport"
                                      << "E12345678"
                                      << "E12345678";
    QTest::newRow("Chinese passport, letter") << "passport"
                                              << "ea1234567"
                                              << "EA1234567";
    QTest::newRow("passport with symbols") << "passport"
                                           << "E123-45678"
                                           << "";
    QTest::newRow("Hong Kong permit") << "hk_macao_permit"
                                      << "H12345678"
                                      << "H12345678";
    QTest::newRow("Macao permit, 10 digits") << "hk_macao_permit"
                                             << "M1234567890"
                                             << "M1234567890";
    QTest::newRow("bad permit letter") << "hk_macao_permit"
                                       << "X12345678"
                                       << "";
    QTest::newRow("Taiwan permit") << "taiwan_permit"
                                   << "12345678"
                                   << "12345678";
    QTest::newRow("Taiwan permit too short") << "taiwan_permit"
                                             << "1234567"
                                             << "";
}

void TestCore::identityDocuments()
{
    QFETCH(QString, type);
    QFETCH(QString, number);
    QFETCH(QString, normalised);
    IdDocument::Type t;
    QVERIFY(IdDocument::typeFromKey(type, &t));
    const QDate today(2026, 11, 27);
    if (normalised.isEmpty()) {
        try {
            IdDocument::validate(t, number, today);
            QFAIL("expected ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(e.field(), QStringLiteral("id_number"));
        }
    } else {
        QCOMPARE(IdDocument::validate(t, number, today), normalised);
    }
}

QTEST_GUILESS_MAIN(TestCore)
// An import's names are transliterated in bulk (distinct names once, shared among threads):
// every name gets what it gets alone, surnames read as surnames, in the order given.
void TestCore::pinyinOfManyNamesIsEachNamesOwn()
{
    const QStringList surnames = {QStringLiteral("单"), QStringLiteral("曾"),    QStringLiteral("解"),
                                  QStringLiteral("区"), QStringLiteral("欧阳"),  QStringLiteral("长孙"),
                                  QStringLiteral("王"), QStringLiteral("Smith ")};
    const QString given = QStringLiteral("田芳小贤放家明三四光单曾长重庆");
    QStringList names;
    for (int i = 0; i < 9000; ++i) // thousands of distinct names, as an import has
        names << surnames.at(i % surnames.size()) + given.at(i % given.size()) +
                     given.at((i / 7) % given.size()) + given.at((i / 53) % given.size());
    names << names.mid(0, 100); // repeated names too
    const QList<Pinyin::Forms> forms = Pinyin::ofNames(names);
    QCOMPARE(forms.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Pinyin::Forms one = Pinyin::ofName(names.at(i));
        QCOMPARE(forms.at(i).full, one.full);
        QCOMPARE(forms.at(i).initials, one.initials);
    }
    QCOMPARE(forms.at(0).full.left(4), QStringLiteral("shan")); // 单 as a surname
    QVERIFY(Pinyin::ofNames({}).isEmpty());

    // Worked out ahead on a thread of its own (an import, while it checks its lines): the same
    // forms, and a name the thread was not given (changed meanwhile) is worked out when asked.
    Pinyin::InAdvance ahead(names.mid(0, 5000));
    QStringList asked = names;
    asked << QStringLiteral("曾小贤");
    const QList<Pinyin::Forms> fromAhead = ahead.of(asked);
    QCOMPARE(fromAhead.size(), asked.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(fromAhead.at(i).full, forms.at(i).full);
        QCOMPARE(fromAhead.at(i).initials, forms.at(i).initials);
    }
    QCOMPARE(fromAhead.constLast().full, QStringLiteral("zengxiaoxian"));
    QCOMPARE(fromAhead.constLast().initials, QStringLiteral("zxx"));
    QCOMPARE(ahead.of({QStringLiteral("单田芳")}).constFirst().full, QStringLiteral("shantianfang"));
}

#include "tst_core.moc"
