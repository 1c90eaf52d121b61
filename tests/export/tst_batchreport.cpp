#include "BatchReport.h"
#include "Countries.h"
#include "ExportJob.h"
#include "ExportTestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ExportTestData;
using Reconciliation::Outcome;

// The reconciliation reports, read back by independent readers: Python's csv and json modules,
// openpyxl, and poppler's pdftotext and pdfimages.
class TestBatchReport : public QObject
{
    Q_OBJECT

private:
    static QStringList headers()
    {
        return {QStringLiteral("Applicant ID"), QStringLiteral("TRF"),
                QStringLiteral("Family name"),  QStringLiteral("First name"),
                QStringLiteral("DOB"),          QStringLiteral("Overall"),
                QStringLiteral("Comment")};
    }

    static Applicant applicant(int line, const QString &id, const QString &trf,
                               const QString &family, const QString &first, const QString &overall,
                               const QString &comment)
    {
        Applicant a;
        a.row = line - 2;
        a.sourceLine = line;
        a.applicantId = id;
        a.trf = trf;
        a.familyName = family;
        a.firstName = first;
        a.dateOfBirthText = QStringLiteral("14/04/2003");
        a.dateOfBirth = QDate(2003, 4, 14);
        a.overall = BandScore::parse(overall);
        a.cells = {id, trf, family, first, a.dateOfBirthText, overall, comment};
        return a;
    }

    static Reconciliation::Entry entry(Applicant a, Outcome outcome,
                                       std::optional<CandidateResult> actual)
    {
        Reconciliation::Entry e;
        e.applicant = std::move(a);
        e.verdict.outcome = outcome;
        e.actual = std::move(actual);
        return e;
    }

    // One applicant for every outcome; hostile cells in the applicants' own columns.
    static BatchReportContent content(bool withRequirements)
    {
        BatchReportContent c;
        c.applicantHeaders = headers();
        c.sourceName = QStringLiteral("applicants-2024.csv");
        c.context = context(true);
        if (withRequirements)
            c.requirements.minOverall = BandScore::parse(u"7");

        Spec verified;
        verified.trf = trf(1);
        verified.photo = jpeg(Qt::darkBlue);
        verified.countryCode = QStringLiteral("GBR");
        auto e =
            entry(applicant(2, QStringLiteral("A-001"), trf(1), QStringLiteral("DOE"),
                            QStringLiteral("JANE"), QStringLiteral("7.5"), QStringLiteral("=1+2")),
                  Outcome::Verified, record(verified));
        e.verdict.notes = {QStringLiteral("Forgave letter case in the family name")};
        e.verdict.requirementsChecked = withRequirements;
        c.entries.append(e);

        Spec mismatch;
        mismatch.trf = trf(2);
        mismatch.familyName = QStringLiteral("SMYTH");
        mismatch.scores = {QStringLiteral("6.00"), QStringLiteral("6.50"), QStringLiteral("6.00"),
                           QStringLiteral("7.00"), QStringLiteral("6.50")};
        mismatch.photo = jpeg(Qt::darkRed);
        e = entry(applicant(3, QStringLiteral("A-002"), trf(2), QStringLiteral("Smith"),
                            QStringLiteral("JANE"), QStringLiteral("7.5"),
                            QStringLiteral("He said \"hi\", then left\nfor good")),
                  Outcome::Mismatch, record(mismatch));
        e.verdict.differences = {
            {ApplicantField::FamilyName, QStringLiteral("Smith"), QStringLiteral("SMYTH")},
            {ApplicantField::Overall, QStringLiteral("7.5"), QStringLiteral("6.5")}};
        e.verdict.requirementsChecked = withRequirements;
        if (withRequirements)
            e.verdict.requirementFailures = {
                QStringLiteral("Overall 6.5 is below the required 7.")};
        c.entries.append(e);

        c.entries.append(
            entry(applicant(4, QStringLiteral("A-003"), trf(3), QStringLiteral("王"),
                            QStringLiteral("小龙"), QString(), QStringLiteral("+44 20 7946 0958")),
                  Outcome::NotFound, std::nullopt));

        Spec withheld;
        withheld.trf = trf(4);
        withheld.familyName = QStringLiteral("محمد");
        withheld.firstName = QStringLiteral("علي");
        withheld.status = QStringLiteral("WITHHELD");
        c.entries.append(entry(applicant(5, QStringLiteral("A-004"), trf(4), QStringLiteral("محمد"),
                                         QStringLiteral("علي"), QStringLiteral("7.5"),
                                         QStringLiteral("@SUM(A1)")),
                               Outcome::NotReleased, record(withheld)));

        e = entry(applicant(6, QStringLiteral("A-005"), QStringLiteral("nonsense"),
                            QStringLiteral("Ñúñez"), QStringLiteral("Zoë"), QStringLiteral("7"),
                            QStringLiteral("-2")),
                  Outcome::Error, std::nullopt);
        e.verdict.errorReason = QStringLiteral("The TRF number is not valid.");
        c.entries.append(e);
        return c;
    }

    static QStringList outcomeKeys()
    {
        return {QStringLiteral("Verified"), QStringLiteral("Mismatch"), QStringLiteral("Not found"),
                QStringLiteral("Not released"), QStringLiteral("Error")};
    }

    ExportOutcome write(const BatchReportContent &c, ExportFormat format, QString *path,
                        bool photos = false)
    {
        ExportOptions options;
        options.format = format;
        options.includePhotos = photos;
        static const QHash<ExportFormat, QString> suffixes = {
            {ExportFormat::Csv, QStringLiteral("csv")},
            {ExportFormat::Xlsx, QStringLiteral("xlsx")},
            {ExportFormat::Json, QStringLiteral("json")},
            {ExportFormat::Pdf, QStringLiteral("pdf")}};
        options.targetPath = m_dir.filePath(
            QStringLiteral("report-%1.%2").arg(++m_count).arg(suffixes.value(format)));
        *path = options.targetPath;
        return BatchReport::write(c, options);
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void csvTable_data()
    {
        QTest::addColumn<bool>("withRequirements");
        QTest::newRow("no requirements") << false;
        QTest::newRow("requirements") << true;
    }

    void csvTable()
    {
        QFETCH(bool, withRequirements);
        const BatchReportContent c = content(withRequirements);
        QString path;
        const ExportOutcome outcome = write(c, ExportFormat::Csv, &path);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QCOMPARE(outcome.path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(outcome.records, 5);
        const QJsonObject csv =
            QJsonDocument::fromJson(run(python(), {script(QStringLiteral("read_csv.py")), path}))
                .object();
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(csv.value(u"bom").toBool());
        QCOMPARE(csv.value(u"bareLineFeeds").toInt(-1), 0);
        QVERIFY(csv.value(u"endsWithCrlf").toBool());
        const QJsonArray rows = csv.value(u"rows").toArray();
        QCOMPARE(rows.size(), 6);

        QStringList header;
        for (const QJsonValue &v : rows.at(0).toArray())
            header << v.toString();
        QCOMPARE(header.mid(0, 5),
                 (QStringList{QStringLiteral("Outcome"), QStringLiteral("Mismatched fields"),
                              QStringLiteral("Details"), QStringLiteral("Requirements"),
                              QStringLiteral("Notes")}));
        QCOMPARE(header.mid(5, 7), headers());
        QCOMPARE(header.at(12), QStringLiteral("Result: TRF number"));
        const auto column = [&header](const QString &name) {
            const qsizetype i = header.indexOf(name);
            if (i < 0)
                qWarning("no column %s", qPrintable(name));
            return i;
        };
        for (const char *name : {"Result: Family name", "Result: First name",
                                 "Result: Date of birth", "Result: Test date", "Result: Listening",
                                 "Result: Overall", "Result: Status", "Result: Country"})
            QVERIFY2(column(QString::fromLatin1(name)) > 12, name);
        QVERIFY(!header.contains(QStringLiteral("Result: Photo")));

        for (int i = 0; i < 5; ++i) {
            const QJsonArray row = rows.at(i + 1).toArray();
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row.at(0).toString(), outcomeKeys().at(i));
            // The applicant's cells as read; a formula-like one carries the apostrophe that keeps
            // a spreadsheet from evaluating it.
            const QStringList cells = c.entries.at(i).applicant.cells;
            for (int k = 0; k < cells.size(); ++k) {
                const QString cell = cells.at(k);
                const bool formula =
                    QStringLiteral("=+-@").contains(cell.left(1)) && !cell.isEmpty();
                QCOMPARE(row.at(5 + k).toString(), formula ? u'\'' + cell : cell);
            }
        }
        const QJsonArray verified = rows.at(1).toArray();
        const QJsonArray mismatch = rows.at(2).toArray();
        const QJsonArray notFound = rows.at(3).toArray();
        const QJsonArray withheld = rows.at(4).toArray();
        const QJsonArray error = rows.at(5).toArray();
        QCOMPARE(verified.at(5 + 6).toString(), QStringLiteral("'=1+2"));
        QCOMPARE(mismatch.at(5 + 6).toString(),
                 QStringLiteral("He said \"hi\", then left\nfor good"));
        QCOMPARE(notFound.at(5 + 2).toString(), QStringLiteral("王"));
        QCOMPARE(withheld.at(5 + 2).toString(), QStringLiteral("محمد"));

        QCOMPARE(verified.at(1).toString(), QString());
        QCOMPARE(mismatch.at(1).toString(), QStringLiteral("familyName; overall"));
        QVERIFY(mismatch.at(2).toString().contains(QStringLiteral("SMYTH")));
        QCOMPARE(error.at(2).toString(), QStringLiteral("The TRF number is not valid."));
        QCOMPARE(verified.at(4).toString(),
                 QStringLiteral("Forgave letter case in the family name"));

        if (withRequirements) {
            QCOMPARE(verified.at(3).toString(), QStringLiteral("Met"));
            QCOMPARE(mismatch.at(3).toString(),
                     QStringLiteral("Not met: Overall 6.5 is below the required 7."));
            QCOMPARE(notFound.at(3).toString(), QStringLiteral("Not checked"));
        } else {
            for (int i = 1; i <= 5; ++i)
                QCOMPARE(rows.at(i).toArray().at(3).toString(), QString());
        }

        QCOMPARE(verified.at(12).toString(), trf(1));
        QCOMPARE(mismatch.at(column(QStringLiteral("Result: Family name"))).toString(),
                 QStringLiteral("SMYTH"));
        QCOMPARE(mismatch.at(column(QStringLiteral("Result: Overall"))).toString(),
                 QStringLiteral("6.5"));
        QCOMPARE(verified.at(column(QStringLiteral("Result: Date of birth"))).toString(),
                 QStringLiteral("2003-04-14"));
        // The country by name, as the results table shows it.
        QVERIFY(Countries::nameFor(u"GBR") != QStringLiteral("GBR"));
        QCOMPARE(verified.at(column(QStringLiteral("Result: Country"))).toString(),
                 Countries::nameFor(u"GBR"));
        QCOMPARE(withheld.at(column(QStringLiteral("Result: Status"))).toString(),
                 QStringLiteral("WITHHELD"));
        for (qsizetype k = 12; k < header.size(); ++k) {
            QCOMPARE(notFound.at(k).toString(), QString());
            QCOMPARE(error.at(k).toString(), QString());
        }
    }

    void resultHeadersNeverClash()
    {
        BatchReportContent c = content(false);
        c.applicantHeaders[6] = QStringLiteral("Result: Overall");
        QString path;
        QVERIFY(write(c, ExportFormat::Csv, &path).succeeded());
        const QJsonObject csv =
            QJsonDocument::fromJson(run(python(), {script(QStringLiteral("read_csv.py")), path}))
                .object();
        QStringList header;
        for (const QJsonValue &v : csv.value(u"rows").toArray().at(0).toArray())
            header << v.toString();
        QCOMPARE(header.count(QStringLiteral("Result: Overall")), 1);
        QCOMPARE(header.indexOf(QStringLiteral("Result: Overall")), 11);
        QVERIFY(header.contains(QStringLiteral("Result: Result: Overall")));
    }

    void xlsxWorkbook()
    {
        const BatchReportContent c = content(true);
        QString path;
        const ExportOutcome outcome = write(c, ExportFormat::Xlsx, &path);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        const QJsonObject book =
            QJsonDocument::fromJson(run(python(), {script(QStringLiteral("read_xlsx.py")), path}))
                .object();
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(book.value(u"sheets").toArray(),
                 (QJsonArray{QStringLiteral("Reconciliation"), QStringLiteral("Summary")}));
        QCOMPARE(book.value(u"freeze").toString(), QStringLiteral("A2"));
        QVERIFY(book.value(u"autofilter").toString().startsWith(QStringLiteral("A1:")));
        QVERIFY(book.value(u"autofilter").toString().endsWith(QStringLiteral("6")));
        QVERIFY(book.value(u"headerBold").toBool());
        QCOMPARE(book.value(u"formulaCells").toInt(-1), 0);
        QCOMPARE(book.value(u"formulaTags").toInt(-1), 0);

        const QJsonArray rows = book.value(u"rows").toArray();
        QCOMPARE(rows.size(), 6);
        QStringList header;
        for (const QJsonValue &v : rows.at(0).toArray())
            header << v.toObject().value(u"v").toString();
        QCOMPARE(header.at(0), QStringLiteral("Outcome"));
        QCOMPARE(header.at(1), QStringLiteral("Mismatched fields"));
        QCOMPARE(header.mid(5, 7), headers());
        const qsizetype overall = header.indexOf(QStringLiteral("Result: Overall"));
        const qsizetype dob = header.indexOf(QStringLiteral("Result: Date of birth"));
        QVERIFY(overall > 0 && dob > 0);
        for (int i = 0; i < 5; ++i) {
            const QJsonArray row = rows.at(i + 1).toArray();
            QCOMPARE(row.at(0).toObject().value(u"v").toString(), outcomeKeys().at(i));
            // Applicant cells stay text exactly as read, even when they look like formulas.
            const QStringList cells = c.entries.at(i).applicant.cells;
            for (int k = 0; k < cells.size(); ++k) {
                const QJsonValue cell = row.at(5 + k);
                if (cells.at(k).isEmpty()) {
                    QVERIFY(cell.isNull());
                    continue;
                }
                QCOMPARE(cell.toObject().value(u"t").toString(), QStringLiteral("s"));
                QCOMPARE(cell.toObject().value(u"v").toString(), cells.at(k));
            }
        }
        const QJsonObject score = rows.at(2).toArray().at(overall).toObject();
        QCOMPARE(score.value(u"t").toString(), QStringLiteral("n"));
        QCOMPARE(score.value(u"v").toDouble(), 6.5);
        const QJsonObject date = rows.at(1).toArray().at(dob).toObject();
        QCOMPARE(date.value(u"t").toString(), QStringLiteral("d"));
        QVERIFY(date.value(u"v").toString().startsWith(QStringLiteral("2003-04-14")));
        QVERIFY(rows.at(3).toArray().at(overall).isNull()); // not found: no result
        QCOMPARE(rows.at(2).toArray().at(1).toObject().value(u"v").toString(),
                 QStringLiteral("familyName; overall"));

        // The summary sheet: counts per outcome as numbers, the list, the test-data mark.
        QHash<QString, QJsonValue> summary;
        QString all;
        for (const QJsonValue &row : book.value(u"about").toArray()) {
            const QJsonArray cells = row.toArray();
            const QString label = cells.at(0).toObject().value(u"v").toString();
            all += label + u'\n';
            if (cells.size() > 1)
                summary.insert(label, cells.at(1));
        }
        QVERIFY(all.contains(QStringLiteral("TEST DATA")));
        for (const QString &key : outcomeKeys()) {
            QCOMPARE(summary.value(key).toObject().value(u"t").toString(), QStringLiteral("n"));
            QCOMPARE(summary.value(key).toObject().value(u"v").toInt(), 1);
        }
        QCOMPARE(summary.value(QStringLiteral("Applicant list")).toObject().value(u"v").toString(),
                 c.sourceName);
        QVERIFY(!summary.value(QStringLiteral("Requirements"))
                     .toObject()
                     .value(u"v")
                     .toString()
                     .isEmpty());

        // Each outcome has a fill of its own beside its words.
        const QByteArray fills =
            run(python(), {QStringLiteral("-c"),
                           QStringLiteral("import openpyxl,sys\n"
                                          "ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                                          "print(' '.join(str(ws.cell(r,1).fill.fgColor.rgb) "
                                          "for r in range(2,7)))\n"),
                           path});
        const QStringList colours = QString::fromUtf8(fills).simplified().split(u' ');
        QCOMPARE(colours.size(), 5);
        QCOMPARE(QSet<QString>(colours.cbegin(), colours.cend()).size(), 5);
        QVERIFY(!colours.contains(QStringLiteral("00000000")));
    }

    void jsonDocument()
    {
        const BatchReportContent c = content(true);
        QString path;
        const ExportOutcome outcome = write(c, ExportFormat::Json, &path);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QJsonParseError parseError;
        const QJsonObject doc = QJsonDocument::fromJson(readFile(path), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);

        const QJsonObject summary = doc.value(u"summary").toObject();
        QCOMPARE(summary.value(u"total").toInt(), 5);
        for (const QString &key : outcomeKeys())
            QCOMPARE(summary.value(u"counts").toObject().value(key).toInt(), 1);
        QCOMPARE(summary.value(u"source").toString(), c.sourceName);
        QCOMPARE(summary.value(u"testData").toBool(), true);
        QCOMPARE(summary.value(u"failingRequirements").toInt(), 1);
        QCOMPARE(doc.value(u"requirements").toObject().value(u"minOverall").toDouble(), 7.0);
        QVERIFY(doc.value(u"requirements").toObject().value(u"minWriting").isNull());

        const QJsonArray applicants = doc.value(u"applicants").toArray();
        QCOMPARE(applicants.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject a = applicants.at(i).toObject();
            QCOMPARE(a.value(u"outcome").toString(), outcomeKeys().at(i));
            const QJsonObject own = a.value(u"applicant").toObject();
            QCOMPARE(own.size(), headers().size());
            for (int k = 0; k < headers().size(); ++k)
                QCOMPARE(own.value(headers().at(k)).toString(),
                         c.entries.at(i).applicant.cells.at(k));
            const bool hasResult = c.entries.at(i).actual.has_value();
            QCOMPARE(a.value(u"result").isObject(), hasResult);
            if (hasResult) {
                const QJsonObject result = a.value(u"result").toObject();
                QCOMPARE(result.value(u"trfNumber").toString(),
                         c.entries.at(i).actual->trfNumber());
                QVERIFY(!result.contains(u"photo"));
            } else {
                QVERIFY(a.value(u"result").isNull());
            }
        }
        const QJsonObject mismatch = applicants.at(1).toObject();
        QCOMPARE(mismatch.value(u"mismatchedFields").toArray(),
                 (QJsonArray{QStringLiteral("familyName"), QStringLiteral("overall")}));
        const QJsonArray differences = mismatch.value(u"differences").toArray();
        QCOMPARE(differences.size(), 2);
        QCOMPARE(differences.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("field"), QStringLiteral("overall")},
                              {QStringLiteral("claimed"), QStringLiteral("7.5")},
                              {QStringLiteral("actual"), QStringLiteral("6.5")}}));
        const QJsonObject requirements = mismatch.value(u"requirements").toObject();
        QCOMPARE(requirements.value(u"checked").toBool(), true);
        QCOMPARE(requirements.value(u"met").toBool(), false);
        QCOMPARE(requirements.value(u"failures").toArray(),
                 (QJsonArray{QStringLiteral("Overall 6.5 is below the required 7.")}));
        const QJsonObject verified = applicants.at(0).toObject();
        QCOMPARE(verified.value(u"requirements").toObject().value(u"met").toBool(), true);
        QCOMPARE(verified.value(u"notes").toArray().size(), 1);
        QCOMPARE(applicants.at(4).toObject().value(u"error").toString(),
                 QStringLiteral("The TRF number is not valid."));
        QVERIFY(applicants.at(0).toObject().value(u"error").isNull());
    }

    void pdfForACommittee_data()
    {
        QTest::addColumn<bool>("photos");
        QTest::addColumn<int>("images");
        QTest::newRow("with photos") << true << 2; // the verified and the mismatched result
        QTest::newRow("without photos") << false << 0;
    }

    void pdfForACommittee()
    {
        QFETCH(bool, photos);
        QFETCH(int, images);
        BatchReportContent c = content(true);
        // Enough applicants for several pages.
        for (int i = 0; i < 25; ++i) {
            Reconciliation::Entry e = c.entries.at(2);
            e.applicant.applicantId = QStringLiteral("B-%1").arg(i, 3, 10, QLatin1Char('0'));
            c.entries.append(e);
        }
        QString path;
        const ExportOutcome outcome = write(c, ExportFormat::Pdf, &path, photos);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        const QString text = QString::fromUtf8(
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
        QVERIFY(!QTest::currentTestFailed());
        const QString flat = text.simplified();
        QVERIFY2(flat.contains(Reconciliation::describe(Reconciliation::summarise(c.entries))),
                 qPrintable(flat.left(800)));
        QVERIFY(flat.contains(c.sourceName));
        QVERIFY(flat.contains(c.context.profileName));
        QVERIFY(flat.contains(QStringLiteral("TEST DATA")));
        QVERIFY(flat.contains(c.requirements.describe()));
        for (const Reconciliation::Entry &e : std::as_const(c.entries)) {
            QVERIFY2(flat.contains(e.applicant.applicantId), qPrintable(e.applicant.applicantId));
            QVERIFY2(flat.contains(e.applicant.trf), qPrintable(e.applicant.trf));
        }
        for (Outcome o : Reconciliation::allOutcomes())
            QVERIFY(flat.contains(Reconciliation::outcomeLabel(o)));
        QVERIFY(flat.contains(QStringLiteral("SMYTH")));
        QVERIFY(flat.contains(QStringLiteral("differs")));
        QVERIFY(flat.contains(QStringLiteral("Overall 6.5 is below the required 7.")));
        QVERIFY(flat.contains(QStringLiteral("The TRF number is not valid.")));
        QVERIFY(flat.contains(QStringLiteral("Forgave letter case in the family name")));
        QVERIFY(flat.contains(QStringLiteral("Zoë")));

        const QRegularExpression pageOf(QStringLiteral("Page 1 of (\\d+)"));
        const int pages = pageOf.match(flat).captured(1).toInt();
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        QVERIFY(flat.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QCOMPARE(flat.count(QStringLiteral("Page ")), pages);

        const QString list =
            QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}));
        QCOMPARE(int(list.count(u'\n')) - 2, images); // two header lines
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("csv") << ExportFormat::Csv;
        QTest::newRow("xlsx") << ExportFormat::Xlsx;
        QTest::newRow("json") << ExportFormat::Json;
        QTest::newRow("pdf") << ExportFormat::Pdf;
    }

    void cancelLeavesNoFile()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        ExportOptions options;
        options.format = format;
        options.includePhotos = true;
        options.targetPath = dir.filePath(QStringLiteral("report"));
        qint64 lastDone = -1, lastTotal = -1;
        int polls = 0;
        const ExportOutcome outcome = BatchReport::write(
            content(true), options,
            [&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
            },
            [&polls] { return ++polls > 2; });
        QCOMPARE(outcome.status, ExportOutcome::Status::Canceled);
        QVERIFY(outcome.path.isEmpty());
        QCOMPARE(filesIn(dir.path()), QStringList());
        QCOMPARE(lastTotal, 5);
        QVERIFY(lastDone < 5);
    }

    void progressReachesTheEnd()
    {
        QList<std::pair<qint64, qint64>> reports;
        QString path;
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.targetPath = m_dir.filePath(QStringLiteral("progress.csv"));
        const ExportOutcome outcome =
            BatchReport::write(content(false), options, [&reports](qint64 done, qint64 total) {
                reports.append({done, total});
            });
        QVERIFY(outcome.succeeded());
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.first(), (std::pair<qint64, qint64>(0, 5)));
        QCOMPARE(reports.last(), (std::pair<qint64, qint64>(5, 5)));
    }

    void existingFileKeptUnlessReplacing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.csv"));
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old contents");
        }
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.targetPath = target;
        ExportOutcome outcome = BatchReport::write(content(false), options);
        QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
        QVERIFY(!outcome.message.isEmpty());
        QCOMPARE(readFile(target), QByteArray("old contents"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("report.csv")});

        options.replaceExisting = true;
        outcome = BatchReport::write(content(false), options);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QVERIFY(readFile(target).startsWith("\xEF\xBB\xBFOutcome,Mismatched fields,"));
    }

    void jobRunsOffTheGuiThread()
    {
        QTemporaryDir dir;
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy progress(&job, &ExportJob::progress);
        ExportOptions options;
        options.format = ExportFormat::Xlsx;
        options.targetPath = dir.filePath(QStringLiteral("report.xlsx"));
        BatchReportContent c = content(true);
        for (int i = 0; i < 2000; ++i)
            c.entries.append(c.entries.at(i % 5));
        QVERIFY(job.start(c, options));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start(c, options)); // one at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(2).toString(), options.targetPath);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("2005")));
        QVERIFY(job.outcome().succeeded());
        QCOMPARE(job.outcome().records, 2005);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), 2005);
    }

    void jobCancels()
    {
        QTemporaryDir dir;
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        ExportOptions options;
        options.format = ExportFormat::Pdf;
        options.includePhotos = true;
        options.targetPath = dir.filePath(QStringLiteral("report.pdf"));
        BatchReportContent c = content(true);
        for (int i = 0; i < 3000; ++i)
            c.entries.append(c.entries.at(i % 5));
        connect(&job, &ExportJob::progress, &job, [&job](qint64 done, qint64) {
            if (done > 0)
                job.cancel();
        });
        QVERIFY(job.start(c, options));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(job.outcome().status, ExportOutcome::Status::Canceled);
        QCOMPARE(filesIn(dir.path()), QStringList());
    }
};

QTEST_MAIN(TestBatchReport)
#include "tst_batchreport.moc"
