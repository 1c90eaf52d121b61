#include "ExportMonitor.h"
#include "ExportTestData.h"
#include "ResultExporter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ExportTestData;
using ResultColumns::Column;

// The PDF report read back by poppler's pdftotext and pdfinfo.
class TestPdfExport : public QObject
{
    Q_OBJECT

private:
    struct Pdf
    {
        int pages = 0;
        QSizeF size; // points
        QString sizeName;
        QString text;
    };

    Pdf exportAndRead(const ExportContent &content, QPageSize::PageSizeId pageSize, bool photos,
                      ExportOutcome *outcome)
    {
        ExportOptions options;
        options.format = ExportFormat::Pdf;
        options.includePhotos = photos;
        options.pageSize = pageSize;
        options.targetPath = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(++m_count));
        ExportMonitor monitor;
        *outcome = ResultExporter::run(content, options, monitor);
        Pdf pdf;
        if (!outcome->succeeded())
            return pdf;
        const QString info =
            QString::fromUtf8(run(QStringLiteral("pdfinfo"), {options.targetPath}));
        const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                       QRegularExpression::MultilineOption);
        const QRegularExpression size(
            QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts(?: \\((\\w+)\\))?"),
            QRegularExpression::MultilineOption);
        pdf.pages = pages.match(info).captured(1).toInt();
        const auto m = size.match(info);
        pdf.size = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
        pdf.sizeName = m.captured(3);
        pdf.text = QString::fromUtf8(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                              options.targetPath, QStringLiteral("-")}));
        return pdf;
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void everyTrfAndPageNumbers_data()
    {
        QTest::addColumn<QPageSize::PageSizeId>("pageSize");
        QTest::addColumn<QSizeF>("portrait");
        QTest::newRow("A4") << QPageSize::A4 << QSizeF(595.276, 841.89);
        QTest::newRow("Letter") << QPageSize::Letter << QSizeF(612, 792);
    }

    void everyTrfAndPageNumbers()
    {
        QFETCH(QPageSize::PageSizeId, pageSize);
        QFETCH(QSizeF, portrait);
        ExportContent content;
        content.records = bulk(400, false);
        content.columns = ResultColumns::all();
        content.context = context(true);
        ExportOutcome outcome;
        const Pdf pdf = exportAndRead(content, pageSize, false, &outcome);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QVERIFY(!QTest::currentTestFailed());

        // Every column wanted: the page turns to landscape.
        QCOMPARE(qRound(pdf.size.width()), qRound(portrait.height()));
        QCOMPARE(qRound(pdf.size.height()), qRound(portrait.width()));
        // 400 single-line rows cannot fit on a few pages, nor need hundreds.
        QVERIFY2(pdf.pages >= 8 && pdf.pages <= 25, qPrintable(QString::number(pdf.pages)));
        QVERIFY(pdf.text.contains(QStringLiteral("Page 1 of %1").arg(pdf.pages)));
        QVERIFY(pdf.text.contains(QStringLiteral("Page %1 of %1").arg(pdf.pages)));
        QVERIFY(!pdf.text.contains(QStringLiteral("Page %1 of").arg(pdf.pages + 1)));
        QCOMPARE(pdf.text.count(QStringLiteral("Page ")), pdf.pages);
        for (const CandidateResult &r : std::as_const(content.records))
            QVERIFY2(pdf.text.contains(r.trfNumber()), qPrintable(r.trfNumber()));
        // The header, and the table header repeated on every page.
        QVERIFY(pdf.text.contains(content.context.profileName));
        QVERIFY(pdf.text.contains(content.context.queryDescription));
        QVERIFY(pdf.text.contains(QStringLiteral("2024-04-01 10:30:05")));
        QVERIFY(pdf.text.contains(QStringLiteral("400")));
        QCOMPARE(pdf.text.count(ResultColumns::title(ResultColumns::Listening)), pdf.pages);
        QVERIFY(pdf.text.count(QStringLiteral("TEST DATA")) >= pdf.pages);
    }

    void letterAndA4PaginateDifferently()
    {
        ExportContent content;
        content.records = bulk(300, false);
        content.columns = {ResultColumns::TrfNumber, ResultColumns::FamilyName,
                           ResultColumns::Overall};
        content.context = context(false);
        ExportOutcome a4Outcome, letterOutcome;
        const Pdf a4 = exportAndRead(content, QPageSize::A4, false, &a4Outcome);
        const Pdf letter = exportAndRead(content, QPageSize::Letter, false, &letterOutcome);
        QVERIFY(a4Outcome.succeeded() && letterOutcome.succeeded());
        // Three columns fit upright.
        QVERIFY(a4.size.height() > a4.size.width());
        QCOMPARE(qRound(a4.size.width()), 595);
        QCOMPARE(qRound(letter.size.width()), 612);
        // Letter is shorter than A4: at least as many pages.
        QVERIFY(letter.pages >= a4.pages);
        QVERIFY(a4.pages >= 3);
        QVERIFY(!a4.text.contains(QStringLiteral("TEST DATA")));
        for (const Pdf &pdf : {a4, letter}) {
            QVERIFY(pdf.text.contains(QStringLiteral("Page %1 of %1").arg(pdf.pages)));
            for (const CandidateResult &r : std::as_const(content.records))
                QVERIFY2(pdf.text.contains(r.trfNumber()), qPrintable(r.trfNumber()));
        }
    }

    void scriptsAndPhotos()
    {
        ExportContent content;
        content.records = hostile() + bulk(20, true);
        content.columns = {ResultColumns::Photo,      ResultColumns::TrfNumber,
                           ResultColumns::FamilyName, ResultColumns::FirstName,
                           ResultColumns::Country,    ResultColumns::Overall};
        content.context = context(false);
        ExportOutcome outcome;
        const Pdf pdf = exportAndRead(content, QPageSize::A4, true, &outcome);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QCOMPARE(outcome.unreadablePhotos, 1);
        QVERIFY(pdf.pages >= 1);
        for (const CandidateResult &r : std::as_const(content.records))
            QVERIFY2(pdf.text.contains(r.trfNumber()), qPrintable(r.trfNumber()));
        for (const QString &name :
             {QStringLiteral("王"), QStringLiteral("Ñúñez"), QStringLiteral("Zoë Þórsdóttir"),
              QStringLiteral("O\"Brien, Jr.")})
            QVERIFY2(pdf.text.contains(name), qPrintable(name));
        // Qt's text layer names a glyph that an ideograph shares with a Kangxi radical by the
        // radical (小 as U+2F29); compatibility normalisation brings the ideograph back.
        QVERIFY(pdf.text.normalized(QString::NormalizationForm_KC).contains(QStringLiteral("小")));
        // Arabic is shaped for display; its letters are there in some form.
        QVERIFY(pdf.text.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}\\x{FE70}-"
                                                                    "\\x{FEFF}]"))));

        const QString images = QString::fromUtf8(
            run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), outcome.path}));
        int decodable = -1; // one hostile photo is corrupt
        for (const CandidateResult &r : std::as_const(content.records))
            decodable += r.photo().isEmpty() ? 0 : 1;
        const int listed = int(images.count(u'\n')) - 2; // two header lines
        QVERIFY2(listed >= decodable, qPrintable(images.left(500)));
    }

    void noResults()
    {
        ExportContent content;
        content.columns = {ResultColumns::TrfNumber};
        content.context = context(false);
        ExportOutcome outcome;
        const Pdf pdf = exportAndRead(content, QPageSize::A4, false, &outcome);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QCOMPARE(pdf.pages, 1);
        QVERIFY(pdf.text.contains(QStringLiteral("Page 1 of 1")));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
