#include "ExportDialog.h"
#include "ExportTestData.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ExportTestData;

// The export dialog driven headless, as a person would: choose, type a path, export, cancel.
class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    static ExportRequest request(int count, bool photos)
    {
        ExportRequest r;
        r.records = bulk(count, photos);
        for (int i = 0; i < count; i += 2)
            r.filteredRows.append(i);
        if (count > 3)
            r.selectedRows = {3, 1};
        r.columns = {ResultColumns::TrfNumber, ResultColumns::FamilyName, ResultColumns::Overall};
        r.context = context(false);
        return r;
    }

    template <typename T> static T *child(QWidget *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

    static void setFormat(QWidget *dialog, ExportFormat format)
    {
        auto *combo = child<QComboBox>(dialog, "formatCombo");
        combo->setCurrentIndex(combo->findData(int(format)));
    }

private Q_SLOTS:
    void controlsFollowTheRequest()
    {
        ExportDialog dialog(request(9, false), nullptr);
        dialog.open();
        auto *all = child<QRadioButton>(&dialog, "scopeAllRadio");
        auto *filtered = child<QRadioButton>(&dialog, "scopeFilteredRadio");
        auto *selected = child<QRadioButton>(&dialog, "scopeSelectedRadio");
        QVERIFY(all->text().contains(QStringLiteral("9")));
        QVERIFY(filtered->text().contains(QStringLiteral("5")));
        QVERIFY(selected->text().contains(QStringLiteral("2")));
        QVERIFY(filtered->isChecked()); // a filter is on: export what is shown
        QVERIFY(selected->isEnabled());

        // No photos among the results: nothing to include.
        setFormat(&dialog, ExportFormat::Xlsx);
        QVERIFY(!child<QCheckBox>(&dialog, "includePhotosCheck")->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, "pageSizeCombo")->isEnabled());
        setFormat(&dialog, ExportFormat::Pdf);
        QVERIFY(child<QComboBox>(&dialog, "pageSizeCombo")->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, "pathEdit")->text().endsWith(QStringLiteral(".pdf")));
        setFormat(&dialog, ExportFormat::Csv);
        QVERIFY(child<QLineEdit>(&dialog, "pathEdit")->text().endsWith(QStringLiteral(".csv")));

        // Every control can be named by assistive technology.
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QLineEdit *>(w))
                QVERIFY2(!w->accessibleName().isEmpty() || w->objectName().isEmpty() ||
                             w->objectName().startsWith(u"qt_"),
                         qPrintable(w->objectName() + u' ' +
                                    QString::fromLatin1(w->metaObject()->className())));
        }

        ExportRequest noSelection = request(4, true);
        noSelection.selectedRows.clear();
        ExportDialog second(noSelection, nullptr);
        second.open();
        QVERIFY(!child<QRadioButton>(&second, "scopeSelectedRadio")->isEnabled());
        setFormat(&second, ExportFormat::Pdf);
        QVERIFY(child<QCheckBox>(&second, "includePhotosCheck")->isEnabled());
    }

    void exportsTheSelectionAndAsksBeforeReplacing()
    {
        QTemporaryDir dir;
        ExportDialog dialog(request(9, false), nullptr);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        setFormat(&dialog, ExportFormat::Csv);
        auto *selected = child<QRadioButton>(&dialog, "scopeSelectedRadio");
        QTest::mouseClick(selected, Qt::LeftButton, {}, QPoint(8, selected->height() / 2));
        QVERIFY(selected->isChecked());
        QCOMPARE(dialog.scope(), ExportScope::Selected);
        auto *path = child<QLineEdit>(&dialog, "pathEdit");
        path->clear();
        const QString target = dir.filePath(QStringLiteral("chosen")); // extension added
        QTest::keyClicks(path, target);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        const QString csv = target + QStringLiteral(".csv");
        QCOMPARE(finished.first().at(2).toString(), csv);
        const QByteArray written = readFile(csv);
        QCOMPARE(written.count("\r\n"), 3); // header and the two selected rows
        QVERIFY(written.indexOf(trf(3).toUtf8()) < written.indexOf(trf(1).toUtf8()));
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("2")));

        // The same file again: asked first; "keep" leaves it alone.
        QFile::resize(csv, 10);
        dialog.startExport();
        QMessageBox *box = dialog.findChild<QMessageBox *>(QStringLiteral("replaceConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::No)->click();
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(QFileInfo(csv).size(), 10);
        QVERIFY(!dialog.isExporting());

        // "Replace" exports over it.
        dialog.startExport();
        box = dialog.findChild<QMessageBox *>(QStringLiteral("replaceConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Yes)->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(readFile(csv), written);
    }

    void cancelStopsAndLeavesNothing()
    {
        QTemporaryDir dir;
        ExportDialog dialog(request(20000, true), nullptr);
        dialog.open();
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        setFormat(&dialog, ExportFormat::Pdf);
        dialog.setScope(ExportScope::All);
        QVERIFY(child<QCheckBox>(&dialog, "includePhotosCheck")->isChecked());
        dialog.setTargetPath(dir.filePath(QStringLiteral("report.pdf")));
        dialog.startExport();
        QVERIFY(dialog.isExporting());
        auto *cancel = child<QPushButton>(&dialog, "cancelButton");
        QVERIFY(cancel->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "exportButton")->isEnabled());
        QTest::qWait(200);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!dialog.isExporting());
        QVERIFY(filesIn(dir.path()).isEmpty());
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("cancel")));
        QVERIFY(child<QPushButton>(&dialog, "exportButton")->isEnabled());
    }

    void photosFolder()
    {
        QTemporaryDir dir;
        ExportDialog dialog(request(6, true), nullptr);
        dialog.open();
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        setFormat(&dialog, ExportFormat::PhotosFolder);
        dialog.setScope(ExportScope::All);
        dialog.setTargetPath(dir.filePath(QStringLiteral("photos")));
        dialog.startExport();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(filesIn(dir.filePath(QStringLiteral("photos"))).size(), 4);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("no photo")));
    }

    void closingWhileExportingCancels()
    {
        QTemporaryDir dir;
        auto *dialog = new ExportDialog(request(20000, true), nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        QSignalSpy rejected(dialog, &QDialog::rejected);
        setFormat(dialog, ExportFormat::Xlsx);
        dialog->setScope(ExportScope::All);
        dialog->setTargetPath(dir.filePath(QStringLiteral("results.xlsx")));
        dialog->startExport();
        QTest::qWait(100);
        dialog->reject();
        QVERIFY(rejected.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(filesIn(dir.path()).isEmpty());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
