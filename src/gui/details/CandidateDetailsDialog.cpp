#include "CandidateDetailsDialog.h"
#include "ui_CandidateDetailsDialog.h"

#include "FieldLabels.h"
#include "PhotoFiles.h"
#include "ThumbnailCache.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent>

CandidateDetailsDialog::CandidateDetailsDialog(const CandidateResult &result,
                                               VerificationRecord::Context context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CandidateDetailsDialog>())
    , m_result(result)
    , m_context(std::move(context))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("candidateDetailsDialog"));
    const QString name =
        QStringLiteral("%1 %2").arg(result.familyName(), result.firstName()).trimmed();
    setWindowTitle(tr("Candidate %1").arg(result.trfNumber()));
    m_ui->headingLabel->setText(
        tr("<b>%1</b><br>TRF %2").arg(name.toHtmlEscaped(), result.trfNumber().toHtmlEscaped()));
    if (result.isReleased()) {
        m_ui->statusWarning->setVisible(false);
    } else {
        m_ui->statusWarning->setText(
            tr("⚠ Status %1: this result is not released. Do not rely on it until its status is "
               "RELEASED.")
                .arg(result.status().isEmpty() ? tr("(none)") : result.status()));
    }

    m_ui->photoLabel->setText(result.photo().isEmpty()
                                  ? tr("No photo.\nSearch with “Include photos” to see it.")
                                  : tr("Loading photo…"));
    m_ui->savePhotoButton->setEnabled(!result.photo().isEmpty());
    if (!result.photo().isEmpty()) {
        connect(&m_photoWatcher, &QFutureWatcher<QImage>::finished, this,
                [this] { showPhoto(m_photoWatcher.result()); });
        const QByteArray bytes = result.photo();
        m_photoWatcher.setFuture(
            QtConcurrent::run([bytes] { return ThumbnailCache::decode(bytes, QSize(480, 600)); }));
    }
    fillFields();

    connect(m_ui->copyTrfButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_result.trfNumber()); });
    connect(m_ui->savePhotoButton, &QPushButton::clicked, this, &CandidateDetailsDialog::savePhoto);
    connect(m_ui->printButton, &QPushButton::clicked, this, &CandidateDetailsDialog::printRecord);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this,
            &CandidateDetailsDialog::chooseAndSavePdf);
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setAccessibleDescription(tr("Closes this window (Esc)"));
    // The fields are what the officer came for; the heading is read with the window.
    m_ui->fieldsTree->setFocus(Qt::OtherFocusReason);
}

CandidateDetailsDialog::~CandidateDetailsDialog()
{
    m_photoWatcher.waitForFinished();
}

void CandidateDetailsDialog::fillFields()
{
    QTreeWidget *tree = m_ui->fieldsTree;
    for (const CandidateResult::Field &field : m_result.fields()) {
        QString value;
        if (field.name == u"photo")
            value = m_result.photo().isEmpty()
                        ? tr("(none)")
                        : tr("%1 bytes").arg(QLocale().toString(m_result.photo().size()));
        else
            value = FieldLabels::displayValue(field.name, m_result.text(field.name));
        auto *item = new QTreeWidgetItem(tree, {FieldLabels::labelFor(field.name), value});
        item->setToolTip(0, field.name);
        item->setToolTip(1, value);
    }
    tree->resizeColumnToContents(0);
}

void CandidateDetailsDialog::showPhoto(const QImage &image)
{
    m_photo = image;
    if (image.isNull()) {
        m_ui->photoLabel->setText(tr("The photo sent for this candidate cannot be shown: it is "
                                     "damaged or not an image."));
        return;
    }
    const QSize box = m_ui->photoLabel->minimumSize();
    m_ui->photoLabel->setPixmap(QPixmap::fromImage(
        image.scaled(box * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void CandidateDetailsDialog::savePhoto()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) +
                              u'/' + PhotoFiles::fileNameFor(m_result);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save photo"), suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!PhotoFiles::writePhoto(m_result, path, &error))
        QMessageBox::warning(this, tr("Save photo"), error);
}

void CandidateDetailsDialog::printRecord()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("IELTS verification %1").arg(m_result.trfNumber()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print verification record"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!VerificationRecord::render(&printer, m_result, m_photo, m_context, &error))
        QMessageBox::warning(this, tr("Print verification record"), error);
}

bool CandidateDetailsDialog::saveRecordPdf(const QString &path, QString *error)
{
    return VerificationRecord::writePdf(path, m_result, m_photo, m_context, error);
}

void CandidateDetailsDialog::chooseAndSavePdf()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              u'/' + tr("verification-%1.pdf").arg(m_result.trfNumber());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save verification record"),
                                                      suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRecordPdf(path, &error))
        QMessageBox::warning(this, tr("Save verification record"), error);
}
