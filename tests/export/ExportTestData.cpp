#include "ExportTestData.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTest>

namespace ExportTestData {

namespace {
QByteArray encode(const QColor &color, QSize size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.setBrush(color.darker(160));
    painter.drawEllipse(QRect(QPoint(size.width() / 4, size.height() / 5),
                              QSize(size.width() / 2, size.height() / 2)));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}
} // namespace

QByteArray jpeg(const QColor &color, QSize size)
{
    return encode(color, size, "JPEG");
}

QByteArray png(const QColor &color, QSize size)
{
    return encode(color, size, "PNG");
}

QList<CandidateResult::Field> fields(const Spec &s)
{
    QList<CandidateResult::Field> f;
    auto add = [&f](const char *name, const QString &value) {
        f.append({QString::fromLatin1(name), QJsonValue(value)});
    };
    add("roName", QStringLiteral("PT517"));
    add("roId", QStringLiteral("103428"));
    add("candidateId", QStringLiteral("ZID4787605390"));
    add("idType", QStringLiteral("I"));
    add("centreNumber", s.centre);
    add("candidateNumber", s.trf.mid(4, 6));
    add("testDate", s.testDate);
    add("module", s.module);
    add("familyName", s.familyName);
    add("firstName", s.firstName);
    add("dateOfBirth", s.dateOfBirth);
    add("gender", QStringLiteral("F"));
    add("listeningScore", s.scores.value(0));
    add("readingScore", s.scores.value(1));
    add("writingScore", s.scores.value(2));
    add("speakingScore", s.scores.value(3));
    add("overallBandScore", s.scores.value(4));
    add("trfNumber", s.trf);
    add("telephone", QStringLiteral("+44 20 7946 0000"));
    add("postalAddress", s.address);
    add("addressLine1", s.address);
    add("addressLine2", QString());
    add("addressLine3", QString());
    add("addressLine4", QString());
    add("region", QStringLiteral("AF"));
    add("town", QStringLiteral("Shiraz"));
    add("postCode", QStringLiteral("KU8PK"));
    add("country", QStringLiteral("Marshall Islands"));
    add("countryCode", s.countryCode);
    add("candidateEmail", s.trf.toLower() + QStringLiteral("@example.invalid"));
    if (!s.photo.isEmpty()) {
        const QString base64 = QString::fromLatin1(s.photo.toBase64());
        f.append({QStringLiteral("photo"),
                  s.photoAsString ? QJsonValue(base64)
                                  : QJsonValue(QJsonObject{{QStringLiteral("data"), base64}})});
        add("photoMediaType", s.photoMediaType);
    }
    add("status", s.status);
    add("lastModifiedDate", s.lastModified);
    for (const auto &[name, value] : s.extraFields)
        f.append({name, QJsonValue(value)});
    return f;
}

CandidateResult record(const Spec &spec)
{
    return CandidateResult::fromFields(fields(spec));
}

QString trf(int i)
{
    return QStringLiteral("19UZ%1DOEJ%2A")
        .arg(i, 6, 10, QLatin1Char('0'))
        .arg(i % 1000, 3, 10, QLatin1Char('0'));
}

QList<CandidateResult> bulk(int count, bool photos)
{
    static const QStringList families = {QStringLiteral("SMITH"),    QStringLiteral("NGUYEN"),
                                         QStringLiteral("GARCÍA"),   QStringLiteral("MÜLLER"),
                                         QStringLiteral("OKONKWO"),  QStringLiteral("PATEL"),
                                         QStringLiteral("KOWALSKA"), QStringLiteral("ANDERSSON")};
    static const QStringList scores = {QStringLiteral("5.50"), QStringLiteral("6.00"),
                                       QStringLiteral("6.50"), QStringLiteral("7.00"),
                                       QStringLiteral("7.50"), QStringLiteral("8.00")};
    QByteArray photoBytes;
    if (photos)
        photoBytes = jpeg(QColor(90, 130, 200));
    QList<CandidateResult> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        Spec s;
        s.trf = trf(i);
        s.familyName = families.at(i % families.size());
        s.firstName = QStringLiteral("CANDIDATE %1").arg(i);
        s.dateOfBirth = QDate(1990, 1, 1).addDays(i % 5000).toString(u"yyyyMMdd");
        s.testDate = QDate(2023, 1, 7).addDays(7 * (i % 100)).toString(u"yyyyMMdd");
        s.module = i % 3 ? QStringLiteral("Academic") : QStringLiteral("General Training");
        s.scores = {scores.at(i % 6), scores.at((i + 1) % 6), scores.at((i + 2) % 6),
                    scores.at((i + 3) % 6), scores.at((i + 4) % 6)};
        s.countryCode = i % 2 ? QStringLiteral("GBR") : QStringLiteral("IND");
        s.lastModified = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC)
                             .addSecs(i * 37)
                             .toString(u"yyyy-MM-ddTHH:mm:ss");
        if (photos && i % 3 != 2)
            s.photo = photoBytes;
        records.append(record(s));
    }
    return records;
}

QStringList formulaLikeValues()
{
    return {QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
            QStringLiteral("+44 20 7946 0958"), QStringLiteral("-x"), QStringLiteral("@x"),
            QStringLiteral("=1+1")};
}

QList<CandidateResult> hostile()
{
    QList<CandidateResult> records;
    const QStringList formulas = formulaLikeValues();
    int n = 900000;
    auto next = [&n]() {
        Spec s;
        s.trf = trf(++n);
        return s;
    };

    Spec s = next();
    s.familyName = formulas.at(0);
    s.firstName = formulas.at(1);
    s.photo = jpeg(Qt::darkGreen);
    s.extraFields = {{QStringLiteral("osrFlag"), QStringLiteral("Y")},
                     {QStringLiteral("osrSkill"), QStringLiteral("Writing")}};
    records << record(s);

    s = next();
    s.familyName = formulas.at(2);
    s.firstName = formulas.at(3);
    s.centre = formulas.at(4);
    records << record(s);

    s = next();
    s.familyName = QStringLiteral("O\"Brien, Jr.");
    s.firstName = QStringLiteral("Line one\nLine two");
    s.address = QStringLiteral("Flat 2, \"The Mews\"\r\nLondon");
    s.photo = png(Qt::darkRed);
    s.photoAsString = true;
    s.photoMediaType = QStringLiteral("PNG");
    records << record(s);

    s = next();
    s.familyName = QStringLiteral("王");
    s.firstName = QStringLiteral("小龙");
    s.countryCode = QStringLiteral("CHN");
    records << record(s);

    s = next();
    s.familyName = QStringLiteral("محمد");
    s.firstName = QStringLiteral("علي");
    s.countryCode = QStringLiteral("ZZZ"); // not in the document's table
    records << record(s);

    s = next();
    s.familyName = QStringLiteral("Ñúñez");
    s.firstName = QStringLiteral("Zoë Þórsdóttir");
    s.status = QStringLiteral("WITHHELD");
    s.scores = {QString(), QStringLiteral("N/A"), QStringLiteral("12"), QStringLiteral("9.00"),
                QStringLiteral("0.00")};
    records << record(s);

    s = next();
    s.familyName = QStringLiteral("\tTabbed");
    s.firstName = QStringLiteral(" spaced ");
    s.dateOfBirth = QStringLiteral("20191345"); // malformed: stays text
    s.testDate = QStringLiteral("18991231");    // before Excel's calendar
    s.lastModified = QStringLiteral("not a date");
    s.photo = QByteArrayLiteral("\xFF\xD8\xFF\xE0 this is not a JPEG at all");
    records << record(s);
    return records;
}

ReportContext context(bool testData)
{
    ReportContext c;
    c.profileName = QStringLiteral("University of Example – Admissions");
    c.environmentName = testData ? QStringLiteral("Sandbox") : QStringLiteral("Production");
    c.isTestData = testData;
    c.queryDescription = QStringLiteral("Results modified 2024-03-01 to 2024-03-31");
    c.retrievedAt = QDateTime(QDate(2024, 4, 1), QTime(10, 30, 5), Qt::UTC);
    c.applicationVersion = QStringLiteral("0.1.0");
    return c;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        QTest::qFail(qPrintable(QStringLiteral("%1 did not start").arg(program)), __FILE__,
                     __LINE__);
        return {};
    }
    process.waitForFinished(timeoutMs);
    const QByteArray out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QByteArray err = process.readAllStandardError();
        QTest::qFail(
            qPrintable(
                QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(err.right(2000)))),
            __FILE__, __LINE__);
        return {};
    }
    return out;
}

QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

QString script(const QString &name)
{
    return QStringLiteral(IELTS_EXPORT_TEST_SCRIPTS "/") + name;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace ExportTestData
