#pragma once

#include "ExportOptions.h"
#include "ExportRequest.h"

#include <QDialog>

#include <memory>

class ExportJob;

namespace Ui {
class ExportDialog;
}

// Exports the results the window shows: the format, which results (all, the filtered view or
// the selection), photos and page size where they apply, and where to save. The export runs off
// the GUI thread with progress and a Cancel that stops it at once; a file that exists is only
// replaced after the user agreed. Open it with open().
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(ExportRequest request, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    ExportScope scope() const;
    void setScope(ExportScope scope);
    QString targetPath() const;
    // As if typed in the path field (tests use it; no file dialog needed).
    void setTargetPath(const QString &path);
    bool isExporting() const;

    // Starts the export as the Export button does: asks before replacing an existing file.
    void startExport();
    // While exporting: cancels, and closes once the export has stopped.
    void reject() override;

Q_SIGNALS:
    void exportFinished(bool success, const QString &message, const QString &path);

private:
    void formatChanged();
    void scopeChanged();
    void browse();
    void confirmReplace(const QString &path);
    void run(const QString &path, bool replaceExisting);
    void onProgress(qint64 done, qint64 total);
    void onFinished(bool success, const QString &message, const QString &path);
    void cancelExport();
    void setExporting(bool exporting);
    void showMessage(const QString &text, bool isError = false);
    QString suggestedPath(ExportFormat format) const;
    QString completedPath(QString path) const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    ExportRequest m_request;
    ExportJob *m_job;
    QString m_suggestedPath;
    QString m_agreedPath; // an existing file the user agreed to replace
    bool m_closeWhenDone = false;
};
