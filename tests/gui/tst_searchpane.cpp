#include "SearchPane.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

class TestSearchPane final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsPastedLists()
    {
        QCOMPARE(SearchPane::splitTrfInput(u"a, b;c\n\n d \r\ne,"_qs),
                 (QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs, u"e"_qs}));
        QVERIFY(SearchPane::splitTrfInput(u" \n , "_qs).isEmpty());
    }

    void validatesAsYouType()
    {
        SearchPane pane;
        pane.show();
        auto *edit = pane.findChild<QPlainTextEdit *>(u"trfEdit"_qs);
        auto *feedback = pane.findChild<QLabel *>(u"trfFeedback"_qs);
        QVERIFY(edit && feedback);
        edit->setFocus();
        QTest::keyClicks(edit, u"17uz 010772 rakn025a"_qs);
        QVERIFY(feedback->text().contains(u"1 TRF number"));
        edit->setPlainText(u"17UZ010772RAKN025A\n17UZ-0107\nABC\n17uz010772rakn025a"_qs);
        const QString text = feedback->text();
        QVERIFY2(text.contains(u"17UZ-0107") && text.contains(u"remove"), qPrintable(text));
        QVERIFY2(text.contains(u"ABC") && text.contains(u"does not look like"), qPrintable(text));
        QVERIFY2(text.contains(u"listed twice"), qPrintable(text));

        const SearchPane::Request request = pane.request();
        QVERIFY(!request.isValid());
        QCOMPARE(request.errors.size(), 1);
        QVERIFY(request.errors.first().startsWith(u"17UZ-0107"));
    }

    void buildsOneQueryPerDistinctTrf()
    {
        SearchPane pane;
        pane.setTrfText(u"17UZ010772RAKN025A, 18gb000001smij001g\n17UZ010772RAKN025A"_qs);
        pane.findChild<QCheckBox *>(u"photosCheck"_qs)->setChecked(true);
        const SearchPane::Request request = pane.request();
        QVERIFY(request.isValid());
        QCOMPARE(request.queries.size(), 2);
        QCOMPARE(request.queries.at(1).trfNumber(), u"18GB000001SMIJ001G"_qs);
        QVERIFY(request.queries.at(0).includePhotos());
        QVERIFY(!request.queries.at(0).includeOsr());
    }

    void emptyInputIsRefused()
    {
        SearchPane pane;
        const SearchPane::Request request = pane.request();
        QVERIFY(!request.isValid());
        QVERIFY(request.errors.first().contains(u"at least one"));
    }

    void dateRangeIsCheckedInUtc()
    {
        SearchPane pane;
        pane.setMode(SearchPane::Mode::DateRange);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        pane.setRange(now.addDays(-7), now.addDays(-1));
        SearchPane::Request request = pane.request(now);
        QVERIFY(request.isValid());
        QCOMPARE(request.queries.first().kind(), SearchQuery::Kind::DateRange);
        QCOMPARE(request.queries.first().start(), now.addDays(-7));

        pane.setRange(now.addDays(-1), now.addDays(-7));
        request = pane.request(now);
        QVERIFY(!request.isValid());
        QVERIFY(request.errors.first().contains(u"before its end"));

        pane.setRange(now.addDays(-1), now.addDays(2));
        request = pane.request(now);
        QVERIFY(request.errors.first().contains(u"future"));
    }

    void enterSearchesShiftEnterAddsALine()
    {
        SearchPane pane;
        pane.show();
        QSignalSpy search(&pane, &SearchPane::searchRequested);
        auto *edit = pane.findChild<QPlainTextEdit *>(u"trfEdit"_qs);
        edit->setFocus();
        QTest::keyClicks(edit, u"17UZ010772RAKN025A"_qs);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(search.count(), 0);
        QCOMPARE(edit->toPlainText(), u"17UZ010772RAKN025A\n"_qs);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(search.count(), 1);
    }

    void costIsStatedBeforeSending()
    {
        SearchPane pane;
        pane.setQuota(9000, 10000);
        pane.setTrfText(u"17UZ010772RAKN025A\n18GB000001SMIJ001G"_qs);
        auto *cost = pane.findChild<QLabel *>(u"costLabel"_qs);
        QVERIFY2(cost->text().contains(u"2 request"), qPrintable(cost->text()));
        QVERIFY2(cost->text().contains(u"1,000 left") || cost->text().contains(u"1000 left"),
                 qPrintable(cost->text()));
        pane.setMode(SearchPane::Mode::DateRange);
        QVERIFY2(cost->text().contains(u"2,000"), qPrintable(cost->text()));
    }

    void cancelOnlyWhileRunning()
    {
        SearchPane pane;
        auto *cancel = pane.findChild<QPushButton *>(u"cancelButton"_qs);
        QVERIFY(!cancel->isEnabled());
        pane.setRunning(true);
        QVERIFY(cancel->isEnabled());
        QSignalSpy cancelled(&pane, &SearchPane::cancelRequested);
        cancel->click();
        QCOMPARE(cancelled.count(), 1);
    }
};

QTEST_MAIN(TestSearchPane)
#include "tst_searchpane.moc"
