#include "ColumnMapping.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Expected = QList<std::pair<ApplicantField, int>>;
}

class TestColumnMapping final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guess_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<Expected>("expected");

        using F = ApplicantField;
        QTest::newRow("english") << QStringList{u"Applicant ID"_s,
                                                u"TRF Number"_s,
                                                u"Surname"_s,
                                                u"Given names"_s,
                                                u"DOB"_s,
                                                u"Overall band"_s,
                                                u"L"_s,
                                                u"R"_s,
                                                u"W"_s,
                                                u"S"_s}
                                 << Expected{{F::ApplicantId, 0}, {F::Trf, 1},
                                             {F::FamilyName, 2},  {F::FirstName, 3},
                                             {F::DateOfBirth, 4}, {F::Overall, 5},
                                             {F::Listening, 6},   {F::Reading, 7},
                                             {F::Writing, 8},     {F::Speaking, 9}};
        QTest::newRow("snake case and punctuation")
            << QStringList{u"trf_no"_s,        u"family_name"_s,     u"first-name"_s,
                           u"date_of_birth"_s, u"Listening score"_s, u"student_id"_s}
            << Expected{{F::Trf, 0},         {F::FamilyName, 1}, {F::FirstName, 2},
                        {F::DateOfBirth, 3}, {F::Listening, 4},  {F::ApplicantId, 5}};
        QTest::newRow("test report form")
            << QStringList{u"Test Report Form"_s, u"Last Name"_s, u"Forename"_s}
            << Expected{{F::Trf, 0}, {F::FamilyName, 1}, {F::FirstName, 2}};
        QTest::newRow("spanish with accents")
            << QStringList{u"Número TRF"_s, u"Apellido(s)"_s, u"Nombre"_s, u"Fecha de nacimiento"_s}
            << Expected{{F::Trf, 0}, {F::FamilyName, 1}, {F::FirstName, 2}, {F::DateOfBirth, 3}};
        QTest::newRow("french") << QStringList{u"TRF"_s, u"Nom"_s, u"Prénom"_s}
                                << Expected{{F::Trf, 0}, {F::FamilyName, 1}, {F::FirstName, 2}};
        QTest::newRow("chinese") << QStringList{u"TRF"_s, u"姓"_s, u"名"_s, u"出生日期"_s}
                                 << Expected{{F::Trf, 0},
                                             {F::FamilyName, 1},
                                             {F::FirstName, 2},
                                             {F::DateOfBirth, 3}};
        QTest::newRow("candidate number is not the applicant id")
            << QStringList{u"TRF"_s, u"Candidate number"_s, u"Candidate ID"_s}
            << Expected{{F::Trf, 0}, {F::ApplicantId, 2}};
        QTest::newRow("exact beats prefix")
            << QStringList{u"Overall band (claimed)"_s, u"Overall"_s, u"TRF"_s}
            << Expected{{F::Overall, 1}, {F::Trf, 2}};
        QTest::newRow("prefix when nothing exact")
            << QStringList{u"TRF number (IELTS)"_s, u"Surname of applicant"_s}
            << Expected{{F::Trf, 0}, {F::FamilyName, 1}};
        QTest::newRow("contains") << QStringList{u"IELTS Test Report Form No."_s,
                                                 u"Applicant date of birth"_s}
                                  << Expected{{F::Trf, 0}, {F::DateOfBirth, 1}};
        QTest::newRow("a column once, a field once")
            << QStringList{u"Surname"_s, u"Surname"_s, u"Last name"_s}
            << Expected{{F::FamilyName, 0}};
        QTest::newRow("short names only exactly")
            << QStringList{u"Level"_s, u"Notes"_s, u"Identity"_s, u"Nombre completo"_s}
            << Expected{};
        QTest::newRow("skill bands are not overall")
            << QStringList{u"Listening band"_s, u"Reading band"_s, u"Band"_s}
            << Expected{{F::Listening, 0}, {F::Reading, 1}, {F::Overall, 2}};
        QTest::newRow("unrelated")
            << QStringList{u"Programme"_s, u"Email"_s, QString()} << Expected{};
    }

    void guess()
    {
        QFETCH(QStringList, headers);
        QFETCH(Expected, expected);

        const ColumnMapping mapping = ColumnMapping::guess(headers);
        for (ApplicantField field : ApplicantFields::all()) {
            int column = -1;
            for (const auto &[f, c] : expected) {
                if (f == field)
                    column = c;
            }
            QVERIFY2(mapping.column(field) == column,
                     qPrintable(u"%1: %2 instead of %3"_s.arg(ApplicantFields::key(field))
                                    .arg(mapping.column(field))
                                    .arg(column)));
        }
    }

    void setColumnKeepsColumnsUnique()
    {
        ColumnMapping mapping;
        mapping.setColumn(ApplicantField::Trf, 0);
        mapping.setColumn(ApplicantField::FamilyName, 1);
        QVERIFY(mapping.isUsable());
        mapping.setColumn(ApplicantField::FirstName, 1);
        QCOMPARE(mapping.column(ApplicantField::FirstName), 1);
        QCOMPARE(mapping.column(ApplicantField::FamilyName), -1);
        ApplicantField field = ApplicantField::Trf;
        QVERIFY(mapping.fieldOf(1, &field));
        QCOMPARE(field, ApplicantField::FirstName);
        QVERIFY(!mapping.fieldOf(5, &field));
        mapping.setColumn(ApplicantField::FirstName, -1);
        QVERIFY(!mapping.isMapped(ApplicantField::FirstName));
    }

    void problems()
    {
        ColumnMapping mapping;
        QCOMPARE(mapping.problems(), QStringList{u"No column holds the TRF number."_s});
        QVERIFY(!mapping.isUsable());
        mapping.setColumn(ApplicantField::Trf, 3);
        QVERIFY(mapping.problems().isEmpty());
        QCOMPARE(mapping, ColumnMapping::guess({u"a"_s, u"b"_s, u"c"_s, u"TRF"_s}));
    }

    void fieldKeys()
    {
        QStringList keys;
        for (ApplicantField field : ApplicantFields::all()) {
            keys.append(ApplicantFields::key(field));
            ApplicantField back = ApplicantField::Trf;
            QVERIFY(ApplicantFields::fromKey(keys.last().toUpper(), &back));
            QCOMPARE(back, field);
            QVERIFY(!ApplicantFields::label(field).isEmpty());
        }
        QCOMPARE(keys, (QStringList{u"trf"_s, u"familyName"_s, u"firstName"_s, u"dateOfBirth"_s,
                                    u"overall"_s, u"listening"_s, u"reading"_s, u"writing"_s,
                                    u"speaking"_s, u"applicantId"_s}));
        QVERIFY(!ApplicantFields::fromKey(u"candidateNumber"_s, nullptr));
        QVERIFY(ApplicantFields::isScore(ApplicantField::Writing));
        QVERIFY(!ApplicantFields::isScore(ApplicantField::DateOfBirth));
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
