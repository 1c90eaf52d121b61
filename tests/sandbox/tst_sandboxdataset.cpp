#include "Countries.h"
#include "SandboxDataSet.h"
#include "SandboxPortraits.h"
#include "Trf.h"

#include <QImage>
#include <QLoggingCategory>
#include <QSet>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace Qt::StringLiterals;
using Special = SandboxDataSet::Special;

namespace {

SandboxConfig configWith(int records, quint32 seed)
{
    SandboxConfig config;
    config.records = records;
    config.seed = seed;
    config.anchor = QDateTime(QDate(2024, 3, 15), QTime(12, 0, 0), Qt::UTC);
    return config;
}

const QStringList apiFieldOrder = {
    u"roName"_s,           u"roId"_s,
    u"candidateId"_s,      u"idType"_s,
    u"centreNumber"_s,     u"candidateNumber"_s,
    u"testDate"_s,         u"module"_s,
    u"familyName"_s,       u"firstName"_s,
    u"dateOfBirth"_s,      u"gender"_s,
    u"listeningScore"_s,   u"readingScore"_s,
    u"writingScore"_s,     u"speakingScore"_s,
    u"overallBandScore"_s, u"trfNumber"_s,
    u"telephone"_s,        u"postalAddress"_s,
    u"addressLine1"_s,     u"addressLine2"_s,
    u"addressLine3"_s,     u"addressLine4"_s,
    u"region"_s,           u"town"_s,
    u"postCode"_s,         u"country"_s,
    u"countryCode"_s,      u"candidateEmail"_s,
    u"status"_s,           u"lastModifiedDate"_s,
};

QStringList fieldNames(const SandboxRecord &record)
{
    QStringList names;
    for (const auto &field : record.fields)
        names.append(field.first);
    return names;
}

} // namespace

class TestSandboxDataSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameConfigGivesSameRecords();
    void otherSeedGivesOtherRecords();
    void datesSpreadOverTheSpanUpToTheAnchor();
    void recordsAreWellFormed();
    void overallIsTheRoundedMean();
    void specialRecordsAreWhereTheNamesSay();
    void specialRecordsExistInSmallDataSets();
    void oneSkillRetakesCarryTheirFields();
    void rangesAreInclusiveAndOrdered();
    void changingLastModifiedReordersTheGroundTruth();
    void photosAreDecodablePortraitsOfAboutEightKilobytes();
    void corruptPhotoDoesNotDecode();
    void bothPhotoShapesOccur();
    void portraitsDrawOffTheMainThread();
};

void TestSandboxDataSet::initTestCase()
{
    // The corrupt photo is meant to fail; the decoder need not say so in the test output.
    QLoggingCategory::setFilterRules(u"qt.gui.imageio.jpeg.warning=false"_s);
}

void TestSandboxDataSet::sameConfigGivesSameRecords()
{
    const SandboxDataSet a(configWith(300, 7));
    const SandboxDataSet b(configWith(300, 7));
    QCOMPARE(a.size(), 300);
    QCOMPARE(b.size(), 300);
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).fields, b.at(i).fields);
        QCOMPARE(a.at(i).osrFields, b.at(i).osrFields);
        QCOMPARE(a.at(i).portrait, b.at(i).portrait);
        QCOMPARE(a.at(i).photoShape, b.at(i).photoShape);
    }
}

void TestSandboxDataSet::otherSeedGivesOtherRecords()
{
    const SandboxDataSet a(configWith(100, 1));
    const SandboxDataSet b(configWith(100, 2));
    int different = 0;
    for (int i = 0; i < a.size(); ++i)
        different += a.at(i).trfNumber != b.at(i).trfNumber ? 1 : 0;
    QVERIFY2(different > 90, qPrintable(QString::number(different)));
}

void TestSandboxDataSet::datesSpreadOverTheSpanUpToTheAnchor()
{
    const SandboxConfig config = configWith(1000, 3);
    const SandboxDataSet data(config);
    QCOMPARE(data.newest(), config.anchor);
    QVERIFY(data.oldest() >= config.anchor.addDays(-config.spanDays));
    // Spread: both the older and the newer half of the span hold records.
    const QDateTime middle = config.anchor.addDays(-config.spanDays / 2);
    const qsizetype older =
        data.recordsInRange(config.anchor.addDays(-config.spanDays), middle).size();
    QVERIFY(older > 50);
    QVERIFY(older < 900);
    for (const SandboxRecord &record : data.records()) {
        QCOMPARE(record.lastModified.timeSpec(), Qt::UTC);
        QCOMPARE(record.lastModified.time().msec(), 0);
    }
}

void TestSandboxDataSet::recordsAreWellFormed()
{
    const SandboxDataSet data(configWith(2000, 11));
    QSet<QString> trfs;
    for (const SandboxRecord &record : data.records()) {
        QCOMPARE(fieldNames(record), apiFieldOrder);
        QCOMPARE(record.value(u"trfNumber"), record.trfNumber);
        QVERIFY2(Trf::fitsPattern(record.trfNumber), qPrintable(record.trfNumber));
        QVERIFY(!trfs.contains(record.trfNumber));
        trfs.insert(record.trfNumber);
        QCOMPARE(record.value(u"lastModifiedDate"),
                 record.lastModified.toString(u"yyyy-MM-ddTHH:mm:ss"));
        const QDate test = QDate::fromString(record.value(u"testDate"), u"yyyyMMdd");
        const QDate birth = QDate::fromString(record.value(u"dateOfBirth"), u"yyyyMMdd");
        QVERIFY(test.isValid());
        QVERIFY(birth.isValid());
        QVERIFY(birth.addYears(15) < test);
        QVERIFY(test <= record.lastModified.date());
        QVERIFY(record.trfNumber.endsWith(record.value(u"module") == u"Academic" ? u'A' : u'G'));
        QVERIFY(!record.value(u"familyName").isEmpty());
        QVERIFY(!record.value(u"countryCode").isEmpty());
        QVERIFY(!record.value(u"candidateEmail").isEmpty());
    }
    QCOMPARE(data.find(data.at(42).trfNumber), &data.at(42));
    QCOMPARE(data.find(u"NOSUCHTRF"_s), nullptr);
    QCOMPARE(data.find(data.at(42).trfNumber.toLower()), nullptr);
}

void TestSandboxDataSet::overallIsTheRoundedMean()
{
    const SandboxDataSet data(configWith(2000, 5));
    int scored = 0;
    for (const SandboxRecord &record : data.records()) {
        if (record.value(u"status") == u"WITHHELD")
            continue;
        double sum = 0;
        for (const QStringView skill :
             {u"listeningScore", u"readingScore", u"writingScore", u"speakingScore"}) {
            const QString text = record.value(skill);
            QVERIFY2(text.size() == 4 && text.at(1) == u'.', qPrintable(text));
            const double band = text.toDouble();
            QCOMPARE(std::fmod(band * 2, 1.0), 0.0);
            QVERIFY(band >= 0 && band <= 9);
            sum += band;
        }
        // Quarter marks go up: 6.25 -> 6.5, 6.75 -> 7, 6.125 -> 6.
        const double expected = std::floor(sum / 4 * 2 + 0.5) / 2;
        QCOMPARE(record.value(u"overallBandScore").toDouble(), expected);
        ++scored;
    }
    QVERIFY(scored > 1900);
}

void TestSandboxDataSet::specialRecordsAreWhereTheNamesSay()
{
    const SandboxDataSet data(configWith(200, 1));
    const auto record = [&data](Special special) {
        const SandboxRecord *r = data.find(data.trf(special));
        return r ? *r : SandboxRecord();
    };

    QCOMPARE(record(Special::Diacritics).value(u"familyName"), u"Ñúñez"_s);
    QCOMPARE(record(Special::Icelandic).value(u"firstName"), u"Zoë"_s);
    QCOMPARE(record(Special::Icelandic).value(u"familyName"), u"Þórsdóttir"_s);
    QVERIFY(record(Special::ChineseName).value(u"familyName").contains(u"王"));
    QVERIFY(record(Special::ArabicName).value(u"firstName").contains(u"محمد"));
    QCOMPARE(record(Special::Apostrophe).value(u"familyName"), u"O'Brien"_s);
    for (const Special s : {Special::Icelandic, Special::ChineseName, Special::ArabicName})
        QVERIFY(Trf::fitsPattern(data.trf(s)));

    const SandboxRecord punctuation = record(Special::AddressPunctuation);
    const QString address = punctuation.value(u"addressLine1") + punctuation.value(u"addressLine2");
    QVERIFY(address.contains(u','));
    QVERIFY(address.contains(u'"'));
    QVERIFY(address.contains(u'\n'));
    QVERIFY(punctuation.value(u"postalAddress").contains(u'\n'));

    const SandboxRecord formula = record(Special::FormulaLike);
    QVERIFY(formula.value(u"addressLine1").startsWith(u"=HYPERLINK("));
    QVERIFY(formula.value(u"telephone").startsWith(u'+'));
    QVERIFY(formula.value(u"town").startsWith(u'-'));
    QVERIFY(formula.value(u"candidateEmail").startsWith(u'@'));

    QCOMPARE(record(Special::UnknownCountry).value(u"countryCode"), u"ZZZ"_s);
    QVERIFY(!Countries::contains(u"ZZZ"));
    QCOMPARE(data.trfUnknownCountry(), data.trf(Special::UnknownCountry));
    QCOMPARE(record(Special::CountryOther).value(u"countryCode"), u"0"_s);
    QCOMPARE(record(Special::CountryOther).value(u"country"), u"Other"_s);
    QCOMPARE(record(Special::CountryUnk).value(u"countryCode"), u"UNK"_s);
    QCOMPARE(record(Special::CountryXxx).value(u"countryCode"), u"XXX"_s);
    QCOMPARE(record(Special::CountryXkx).value(u"countryCode"), u"XKX"_s);
    QCOMPARE(record(Special::CountryXkx).value(u"country"), u"Kosovo"_s);

    QCOMPARE(record(Special::Withheld).value(u"status"), u"WITHHELD"_s);
    QCOMPARE(record(Special::Withheld).value(u"overallBandScore"), QString());
    QCOMPARE(data.trfNotReleased(), data.trf(Special::Withheld));
    QCOMPARE(record(Special::Cancelled).value(u"status"), u"CANCELLED"_s);
    QVERIFY(record(Special::CorruptPhoto).corruptPhoto);
    QCOMPARE(data.trfWithCorruptPhoto(), data.trf(Special::CorruptPhoto));
    QVERIFY(record(Special::OneSkillRetake).isOneSkillRetake());

    int corrupt = 0;
    for (const SandboxRecord &r : data.records())
        corrupt += r.corruptPhoto ? 1 : 0;
    QCOMPARE(corrupt, 1);
}

void TestSandboxDataSet::specialRecordsExistInSmallDataSets()
{
    const SandboxDataSet data(configWith(SandboxDataSet::specialCount, 9));
    for (int i = 0; i < SandboxDataSet::specialCount; ++i)
        QVERIFY(data.find(data.trf(Special(i))));
    const SandboxDataSet tiny(configWith(3, 9));
    QCOMPARE(tiny.size(), 3);
    QVERIFY(tiny.trf(Special::CorruptPhoto).isEmpty());
}

void TestSandboxDataSet::oneSkillRetakesCarryTheirFields()
{
    const SandboxDataSet data(configWith(2000, 4));
    int retakes = 0;
    for (const SandboxRecord &record : data.records()) {
        if (!record.isOneSkillRetake())
            continue;
        ++retakes;
        QCOMPARE(record.value(u"osrFlag"), u"Y"_s);
        QVERIFY(QStringList({u"Listening"_s, u"Reading"_s, u"Writing"_s, u"Speaking"_s})
                    .contains(record.value(u"osrSkill")));
        const QString original = record.value(u"osrOriginalTrfNumber");
        QVERIFY(Trf::fitsPattern(original));
        QVERIFY(original != record.trfNumber);
        const QDate retake = QDate::fromString(record.value(u"osrTestDate"), u"yyyyMMdd");
        QVERIFY(retake.isValid());
        QVERIFY(retake > QDate::fromString(record.value(u"testDate"), u"yyyyMMdd"));
        QVERIFY(retake <= record.lastModified.date());
    }
    // About one in twenty.
    QVERIFY2(retakes > 50 && retakes < 200, qPrintable(QString::number(retakes)));
}

void TestSandboxDataSet::rangesAreInclusiveAndOrdered()
{
    const SandboxDataSet data(configWith(1500, 8));
    const SandboxRecord &probe = data.at(700);
    const QList<SandboxRecord> exact = data.recordsInRange(probe.lastModified, probe.lastModified);
    QVERIFY(!exact.isEmpty());
    bool found = false;
    for (const SandboxRecord &r : exact) {
        QCOMPARE(r.lastModified, probe.lastModified);
        found = found || r.trfNumber == probe.trfNumber;
    }
    QVERIFY(found);

    const QList<SandboxRecord> all = data.recordsInRange(data.oldest(), data.newest());
    QCOMPARE(all.size(), data.size());
    int ties = 0;
    for (qsizetype i = 1; i < all.size(); ++i) {
        const SandboxRecord &a = all.at(i - 1);
        const SandboxRecord &b = all.at(i);
        QVERIFY(a.lastModified < b.lastModified ||
                (a.lastModified == b.lastModified && a.trfNumber < b.trfNumber));
        ties += a.lastModified == b.lastModified ? 1 : 0;
    }
    QVERIFY(ties > 0); // the order of equal instants is exercised
    QVERIFY(data.recordsInRange(data.newest().addSecs(1), data.newest().addDays(1)).isEmpty());
}

void TestSandboxDataSet::changingLastModifiedReordersTheGroundTruth()
{
    SandboxDataSet data(configWith(200, 2));
    const QList<SandboxRecord> before = data.recordsInRange(data.oldest(), data.newest());
    const QString first = before.first().trfNumber;
    const QDateTime later = data.newest().addSecs(60);
    QVERIFY(data.setLastModified(first, later));
    QVERIFY(!data.setLastModified(u"NOSUCHTRF"_s, later));
    const QList<SandboxRecord> after = data.recordsInRange(data.oldest(), later);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.last().trfNumber, first);
    QCOMPARE(after.first().trfNumber, before.at(1).trfNumber);
    QCOMPARE(data.find(first)->value(u"lastModifiedDate"), later.toString(u"yyyy-MM-ddTHH:mm:ss"));
    QCOMPARE(data.newest(), later);
}

void TestSandboxDataSet::photosAreDecodablePortraitsOfAboutEightKilobytes()
{
    qint64 total = 0;
    QSet<QByteArray> distinct;
    for (int slot = 0; slot < SandboxPortraits::poolSize; ++slot) {
        const QByteArray jpeg = SandboxPortraits::jpeg(slot);
        QVERIFY(jpeg.startsWith("\xff\xd8"));
        QVERIFY2(jpeg.size() > 4000 && jpeg.size() < 16000,
                 qPrintable(QString::number(jpeg.size())));
        const QImage image = QImage::fromData(jpeg, "JPEG");
        QCOMPARE(image.size(), QSize(SandboxPortraits::width, SandboxPortraits::height));
        QCOMPARE(SandboxPortraits::base64(slot), jpeg.toBase64());
        total += jpeg.size();
        distinct.insert(jpeg);
    }
    QCOMPARE(distinct.size(), SandboxPortraits::poolSize);
    const qint64 average = total / SandboxPortraits::poolSize;
    QVERIFY2(average > 6000 && average < 10500, qPrintable(QString::number(average)));
    // The same slot draws the same picture every time.
    QCOMPARE(SandboxPortraits::draw(5), SandboxPortraits::draw(5));

    const SandboxDataSet data(configWith(300, 1));
    QSet<int> slots;
    for (const SandboxRecord &record : data.records()) {
        slots.insert(record.portrait);
        if (!record.corruptPhoto)
            QCOMPARE(data.photoBytes(record), SandboxPortraits::jpeg(record.portrait));
    }
    QVERIFY(slots.size() > SandboxPortraits::poolSize / 2);
}

void TestSandboxDataSet::corruptPhotoDoesNotDecode()
{
    const SandboxDataSet data(configWith(50, 1));
    const SandboxRecord *record = data.find(data.trfWithCorruptPhoto());
    QVERIFY(record);
    const QByteArray bytes = data.photoBytes(*record);
    QVERIFY(bytes.startsWith("\xff\xd8"));
    QVERIFY(QImage::fromData(bytes).isNull());
    QCOMPARE(QByteArray::fromBase64(data.photoBase64(*record)), bytes);
}

void TestSandboxDataSet::bothPhotoShapesOccur()
{
    const SandboxDataSet data(configWith(1000, 1));
    int plain = 0;
    for (const SandboxRecord &record : data.records())
        plain += record.photoShape == SandboxRecord::PhotoShape::String ? 1 : 0;
    QCOMPARE(data.find(data.trf(Special::Icelandic))->photoShape,
             SandboxRecord::PhotoShape::String);
    QVERIFY2(plain > 50 && plain < 200, qPrintable(QString::number(plain)));
}

void TestSandboxDataSet::portraitsDrawOffTheMainThread()
{
    QImage drawn;
    QThread *thread = QThread::create([&drawn] { drawn = SandboxPortraits::draw(17); });
    thread->start();
    QVERIFY(thread->wait(20000));
    delete thread;
    QCOMPARE(drawn, SandboxPortraits::draw(17));
}

QTEST_GUILESS_MAIN(TestSandboxDataSet)
#include "tst_sandboxdataset.moc"
