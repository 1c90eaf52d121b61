#include "ExportDialog.h"

#include "ExportJob.h"
#include "ResultExporter.h"
#include "ui_ExportDialog.h"

#include <QAccessible>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace {
const QList<ExportFormat> formats = {ExportFormat::Xlsx, ExportFormat::Csv, ExportFormat::Pdf,
                                     ExportFormat::Json, ExportFormat::PhotosFolder};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A button's text as assistive technology reads it: "&&" is a literal ampersand, "&" a mnemonic.
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && ++i == text.size())
            break;
        plain.append(text.at(i));
    }
    return plain;
}
} // namespace

ExportDialog::ExportDialog(ExportRequest request, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_request(std::move(request))
    , m_job(new ExportJob(this))
{
    m_ui->setupUi(this);

    for (ExportFormat format : formats)
        m_ui->formatCombo->addItem(ResultExporter::formatName(format), int(format));
    m_ui->pageSizeCombo->addItem(tr("A4"), int(QPageSize::A4));
    m_ui->pageSizeCombo->addItem(tr("US Letter"), int(QPageSize::Letter));
    const bool usPaper = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem;
    m_ui->pageSizeCombo->setCurrentIndex(usPaper ? 1 : 0);

    const QLocale locale;
    const auto label = [&locale, this](QRadioButton *radio, const QString &text,
                                       ExportScope scope) {
        const qsizetype count = m_request.count(scope);
        radio->setText(text.arg(locale.toString(count)));
        // The name carries the count, as the text on screen does.
        radio->setAccessibleName(withoutMnemonic(radio->text()));
        radio->setEnabled(count > 0);
    };
    label(m_ui->scopeAllRadio, tr("&All results (%1)"), ExportScope::All);
    label(m_ui->scopeFilteredRadio, tr("Results in the &filtered view (%1)"),
          ExportScope::FilteredView);
    label(m_ui->scopeSelectedRadio, tr("&Selected results (%1)"), ExportScope::Selected);
    const bool filtered =
        m_request.count(ExportScope::FilteredView) > 0 &&
        m_request.count(ExportScope::FilteredView) != m_request.count(ExportScope::All);
    (filtered ? m_ui->scopeFilteredRadio : m_ui->scopeAllRadio)->setChecked(true);

    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(false);

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    for (QRadioButton *radio :
         {m_ui->scopeAllRadio, m_ui->scopeFilteredRadio, m_ui->scopeSelectedRadio})
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::scopeChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_job, &ExportJob::progress, this, &ExportDialog::onProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onFinished);

    m_suggestedPath = suggestedPath(format());
    m_ui->pathEdit->setText(native(m_suggestedPath));
    formatChanged();
    if (m_request.records.isEmpty()) {
        m_ui->exportButton->setEnabled(false);
        showMessage(tr("There are no results to export yet."));
    }
}

ExportDialog::~ExportDialog() = default;

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_ui->formatCombo->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(format)));
}

ExportScope ExportDialog::scope() const
{
    if (m_ui->scopeSelectedRadio->isChecked())
        return ExportScope::Selected;
    if (m_ui->scopeFilteredRadio->isChecked())
        return ExportScope::FilteredView;
    return ExportScope::All;
}

void ExportDialog::setScope(ExportScope scope)
{
    switch (scope) {
    case ExportScope::All:
        m_ui->scopeAllRadio->setChecked(true);
        break;
    case ExportScope::FilteredView:
        m_ui->scopeFilteredRadio->setChecked(true);
        break;
    case ExportScope::Selected:
        m_ui->scopeSelectedRadio->setChecked(true);
        break;
    }
}

QString ExportDialog::targetPath() const
{
    return completedPath(m_ui->pathEdit->text());
}

void ExportDialog::setTargetPath(const QString &path)
{
    m_ui->pathEdit->setText(native(path));
}

bool ExportDialog::isExporting() const
{
    return m_job->isRunning();
}

QString ExportDialog::suggestedPath(ExportFormat format) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    if (ResultExporter::writesFolder(format))
        return QDir(folder).filePath(QStringLiteral("ielts-photos-") + stamp);
    return QDir(folder).filePath(QStringLiteral("ielts-results-") + stamp + u'.' +
                                 ResultExporter::suffix(format));
}

QString ExportDialog::completedPath(QString path) const
{
    path = QDir::fromNativeSeparators(path.trimmed());
    if (path.isEmpty())
        return path;
    if (path.startsWith(QStringLiteral("~/")))
        path = QDir::homePath() + path.mid(1);
    const ExportFormat f = format();
    const QFileInfo info(path);
    // A file name without an extension gets the format's, so that it opens in the right program.
    if (!ResultExporter::writesFolder(f) && info.suffix().isEmpty() && !info.isDir())
        path += u'.' + ResultExporter::suffix(f);
    return QFileInfo(path).absoluteFilePath();
}

void ExportDialog::formatChanged()
{
    const ExportFormat f = format();
    switch (f) {
    case ExportFormat::Csv:
        m_ui->formatHintLabel->setText(
            tr("The columns as arranged in the table, for spreadsheets and student record "
               "systems. Values that a spreadsheet would run as a formula are made harmless."));
        break;
    case ExportFormat::Xlsx:
        m_ui->formatHintLabel->setText(
            tr("The columns as arranged in the table, with scores as numbers and dates as "
               "dates."));
        break;
    case ExportFormat::Pdf:
        m_ui->formatHintLabel->setText(
            tr("A printable report with the institution, the query and the time of the pull."));
        break;
    case ExportFormat::Json:
        m_ui->formatHintLabel->setText(
            tr("Every field exactly as the service sent it, photos included."));
        break;
    case ExportFormat::PhotosFolder:
        m_ui->formatHintLabel->setText(
            tr("Each photo as a file named after its TRF number. Existing files are never "
               "overwritten."));
        break;
    }
    // The note under the list is read with the list, so the choice is explained where it is made.
    m_ui->formatCombo->setAccessibleDescription(m_ui->formatHintLabel->text());
    m_ui->pageSizeCombo->setEnabled(f == ExportFormat::Pdf);
    m_ui->pathLabel->setText(ResultExporter::writesFolder(f) ? tr("&Save in folder:")
                                                             : tr("&Save to:"));

    // Follow the format in the suggested name, or in the extension the user typed.
    const QString current = QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
    QString next;
    if (current.isEmpty() || current == m_suggestedPath) {
        next = suggestedPath(f);
        m_suggestedPath = next;
    } else {
        const QFileInfo info(current);
        const QString base = info.path() + u'/' + info.completeBaseName();
        bool known = false;
        for (ExportFormat other : formats)
            known = known || (!ResultExporter::suffix(other).isEmpty() &&
                              info.suffix().compare(ResultExporter::suffix(other),
                                                    Qt::CaseInsensitive) == 0);
        if (known)
            next = ResultExporter::writesFolder(f) ? base : base + u'.' + ResultExporter::suffix(f);
        else
            next = current;
    }
    m_ui->pathEdit->setText(native(next));
    scopeChanged();
}

void ExportDialog::scopeChanged()
{
    const bool applies = ResultExporter::supportsPhotoOption(format());
    const bool hasPhotos = m_request.hasPhotos(scope());
    m_ui->includePhotosCheck->setEnabled(applies && hasPhotos && !isExporting());
    m_ui->includePhotosCheck->setToolTip(
        hasPhotos ? QString() : tr("None of these results came with a photo."));
}

void ExportDialog::browse()
{
    const ExportFormat f = format();
    const QString current = targetPath();
    auto *dialog = new QFileDialog(this);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (ResultExporter::writesFolder(f)) {
        dialog->setWindowTitle(tr("Choose a folder for the photos"));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setDirectory(QFileInfo(current).isDir() ? current
                                                        : QFileInfo(current).absolutePath());
    } else {
        dialog->setWindowTitle(tr("Export results as"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setNameFilter(ResultExporter::fileFilter(f));
        dialog->setDefaultSuffix(ResultExporter::suffix(f));
        dialog->setDirectory(QFileInfo(current).absolutePath());
        dialog->selectFile(QFileInfo(current).fileName());
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this, f](const QString &file) {
        setTargetPath(file);
        // The save dialog has already asked before choosing an existing file.
        if (!ResultExporter::writesFolder(f) && QFileInfo::exists(file))
            m_agreedPath = QFileInfo(file).absoluteFilePath();
    });
    dialog->open();
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    const ExportFormat f = format();
    if (m_request.count(scope()) == 0) {
        showMessage(tr("There are no results in this selection to export."), true);
        return;
    }
    const QString path = targetPath();
    if (path.isEmpty()) {
        showMessage(ResultExporter::writesFolder(f) ? tr("Choose a folder for the photos.")
                                                    : tr("Choose a file to export to."),
                    true);
        return;
    }
    const QFileInfo info(path);
    if (ResultExporter::writesFolder(f)) {
        if (info.exists() && !info.isDir()) {
            showMessage(tr("\"%1\" is a file. Choose a folder for the photos.").arg(native(path)),
                        true);
            return;
        }
        run(path, false);
        return;
    }
    if (info.isDir()) {
        showMessage(tr("\"%1\" is a folder. Choose a file name.").arg(native(path)), true);
        return;
    }
    if (info.exists() && path != m_agreedPath) {
        confirmReplace(path);
        return;
    }
    run(path, info.exists());
}

void ExportDialog::confirmReplace(const QString &path)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Replace the file?"),
                        tr("\"%1\" already exists. Replace it with this export?").arg(native(path)),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("replaceConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("&Replace"));
    box->button(QMessageBox::No)->setText(tr("&Keep the file"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, path] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes) {
            showMessage(tr("Nothing was exported; \"%1\" was kept.").arg(native(path)));
            return;
        }
        m_agreedPath = path;
        if (targetPath() == path)
            startExport();
    });
    box->open();
}

void ExportDialog::run(const QString &path, bool replaceExisting)
{
    ExportOptions options;
    options.format = format();
    options.targetPath = path;
    options.includePhotos =
        m_ui->includePhotosCheck->isEnabled() && m_ui->includePhotosCheck->isChecked();
    options.pageSize = QPageSize::PageSizeId(m_ui->pageSizeCombo->currentData().toInt());
    options.replaceExisting = replaceExisting;

    if (!m_job->start(m_request.content(scope()), options))
        return;
    m_ui->progressBar->setRange(0, int(std::max<qsizetype>(1, m_request.count(scope()))));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);
    setExporting(true);
    showMessage(tr("Exporting…"));
}

void ExportDialog::onProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_ui->progressBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_ui->progressBar->setValue(int(std::min<qint64>(done, INT_MAX)));
    if (!m_closeWhenDone && m_ui->cancelButton->isEnabled()) {
        const QLocale locale;
        showMessage(tr("Exporting… %1 of %2").arg(locale.toString(done), locale.toString(total)));
    }
}

void ExportDialog::onFinished(bool success, const QString &message, const QString &path)
{
    setExporting(false);
    if (success)
        m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    else
        m_ui->progressBar->setVisible(false);
    showMessage(message, !success && m_job->outcome().status == ExportOutcome::Status::Failed);
    if (success && path == m_agreedPath)
        m_agreedPath.clear(); // replacing it again needs a new yes
    Q_EMIT exportFinished(success, message, path);
    if (m_closeWhenDone)
        QDialog::reject();
}

void ExportDialog::cancelExport()
{
    if (!isExporting())
        return;
    m_job->cancel();
    m_ui->cancelButton->setEnabled(false);
    showMessage(tr("Canceling…"));
}

void ExportDialog::reject()
{
    if (isExporting()) {
        // Closing stops the export; the window goes once the worker has cleaned up.
        m_closeWhenDone = true;
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::setExporting(bool exporting)
{
    m_ui->formatCombo->setEnabled(!exporting);
    m_ui->scopeBox->setEnabled(!exporting);
    m_ui->pathEdit->setEnabled(!exporting);
    m_ui->browseButton->setEnabled(!exporting);
    m_ui->pageSizeCombo->setEnabled(!exporting && format() == ExportFormat::Pdf);
    m_ui->exportButton->setEnabled(!exporting);
    m_ui->cancelButton->setEnabled(exporting);
    scopeChanged();
    if (!exporting)
        m_ui->exportButton->setFocus();
}

void ExportDialog::showMessage(const QString &text, bool isError)
{
    // An error is marked by a sign as well as by the colour.
    m_ui->messageLabel->setText(isError ? tr("✖ %1").arg(text) : text);
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, isError ? QColor(0xB0, 0x00, 0x20)
                                                   : this->palette().color(QPalette::WindowText));
    m_ui->messageLabel->setPalette(palette);
    m_ui->messageLabel->setAccessibleDescription(isError ? tr("Error: %1").arg(text) : text);
    // Progress and outcomes are announced without moving the focus away from Cancel or Export.
    QAccessibleEvent event(m_ui->messageLabel, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}
