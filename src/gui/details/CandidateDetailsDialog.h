#pragma once

#include "CandidateResult.h"
#include "VerificationRecord.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>

#include <memory>

namespace Ui {
class CandidateDetailsDialog;
}

// One candidate in full: the photo large, every field the service sent (known or not) in order,
// and the actions an officer needs next: copy the TRF number, save the photo, print or save a
// one-page verification record.
class CandidateDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateDetailsDialog)

public:
    CandidateDetailsDialog(const CandidateResult &result, VerificationRecord::Context context,
                           QWidget *parent = nullptr);
    ~CandidateDetailsDialog() override;

    const CandidateResult &result() const { return m_result; }

    // Writes the verification record as PDF to `path` through a temporary file; false and a
    // message on failure.
    bool saveRecordPdf(const QString &path, QString *error);

private:
    void fillFields();
    void showPhoto(const QImage &image);
    void savePhoto();
    void printRecord();
    void chooseAndSavePdf();

    std::unique_ptr<Ui::CandidateDetailsDialog> m_ui;
    CandidateResult m_result;
    VerificationRecord::Context m_context;
    QFutureWatcher<QImage> m_photoWatcher;
    QImage m_photo;
};
