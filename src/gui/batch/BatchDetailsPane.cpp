#include "BatchDetailsPane.h"

#include "ApplicantField.h"
#include "ResultColumns.h"
#include "ThumbnailCache.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using Reconciliation::Outcome;

namespace {
const QSize photoSize(150, 190);

QString claimedText(const Applicant &applicant, ApplicantField field)
{
    switch (field) {
    case ApplicantField::FamilyName:
        return applicant.familyName;
    case ApplicantField::FirstName:
        return applicant.firstName;
    case ApplicantField::DateOfBirth:
        return applicant.dateOfBirthText;
    case ApplicantField::Overall:
        return applicant.overall.toString();
    case ApplicantField::Listening:
        return applicant.listening.toString();
    case ApplicantField::Reading:
        return applicant.reading.toString();
    case ApplicantField::Writing:
        return applicant.writing.toString();
    case ApplicantField::Speaking:
        return applicant.speaking.toString();
    case ApplicantField::Trf:
        return applicant.trf;
    case ApplicantField::ApplicantId:
        return applicant.applicantId;
    }
    return {};
}

ResultColumns::Column resultColumnOf(ApplicantField field)
{
    switch (field) {
    case ApplicantField::FamilyName:
        return ResultColumns::FamilyName;
    case ApplicantField::FirstName:
        return ResultColumns::FirstName;
    case ApplicantField::DateOfBirth:
        return ResultColumns::DateOfBirth;
    case ApplicantField::Overall:
        return ResultColumns::Overall;
    case ApplicantField::Listening:
        return ResultColumns::Listening;
    case ApplicantField::Reading:
        return ResultColumns::Reading;
    case ApplicantField::Writing:
        return ResultColumns::Writing;
    case ApplicantField::Speaking:
        return ResultColumns::Speaking;
    case ApplicantField::Trf:
    case ApplicantField::ApplicantId:
        break;
    }
    return ResultColumns::TrfNumber;
}
} // namespace

BatchDetailsPane::BatchDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_photo(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_notes(new QLabel(this))
    , m_recordButton(new QPushButton(tr("Full &Record…"), this))
{
    setObjectName(u"batchDetails"_s);
    m_title->setObjectName(u"batchDetailsTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_photo->setObjectName(u"batchDetailsPhoto"_s);
    m_photo->setFixedSize(photoSize);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setAccessibleName(tr("Photo on the result"));

    m_table->setObjectName(u"comparisonTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Claimed"), tr("On the result"), tr("Check")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Claimed and actual values"));
    m_table->setAccessibleDescription(tr(
        "Each field the applicant gave next to the value on the result, and whether they match"));

    m_notes->setObjectName(u"batchDetailsNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_recordButton->setObjectName(u"fullRecordButton"_s);
    m_recordButton->setAccessibleDescription(
        tr("Opens every field of the result, with its photo, printing and saving"));
    connect(m_recordButton, &QPushButton::clicked, this, &BatchDetailsPane::recordRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_photo, 0, Qt::AlignTop);
    top->addWidget(m_title, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_recordButton, 0, Qt::AlignRight);

    connect(&m_photoWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage image = m_photoWatcher.result();
        if (image.isNull())
            m_photo->setText(tr("Photo cannot be shown"));
        else
            m_photo->setPixmap(QPixmap::fromImage(image));
    });
    clear();
}

BatchDetailsPane::~BatchDetailsPane()
{
    m_photoWatcher.waitForFinished();
}

void BatchDetailsPane::clear()
{
    m_title->setText(tr("Select an applicant to compare their claim with the result."));
    m_photo->clear();
    m_photo->setText(tr("No photo"));
    m_table->setRowCount(0);
    m_notes->clear();
    m_recordButton->setEnabled(false);
}

void BatchDetailsPane::showEntry(const Reconciliation::Entry &entry, bool resolved)
{
    const Applicant &applicant = entry.applicant;
    const Reconciliation::Verdict &verdict = entry.verdict;
    const QString name =
        QStringList{applicant.firstName, applicant.familyName}.join(u' ').trimmed();
    const QString who = tr("%1, TRF %2, line %3")
                            .arg(name.isEmpty() ? tr("Unnamed applicant") : name,
                                 applicant.trf.isEmpty() ? tr("(none)") : applicant.trf)
                            .arg(applicant.sourceLine);
    const QString outcome =
        resolved ? Reconciliation::outcomeLabel(verdict.outcome) : tr("Not checked yet");
    m_title->setText(u"<b>%1</b><br>%2"_s.arg(outcome.toHtmlEscaped(), who.toHtmlEscaped()));

    m_table->setRowCount(0);
    if (resolved && entry.actual) {
        for (ApplicantField field : ApplicantFields::all()) {
            if (field == ApplicantField::Trf || field == ApplicantField::ApplicantId)
                continue;
            const QString claimed = claimedText(applicant, field);
            const bool differs = std::any_of(
                verdict.differences.cbegin(), verdict.differences.cend(),
                [field](const Reconciliation::Difference &d) { return d.field == field; });
            addRow(ApplicantFields::label(field), claimed,
                   ResultColumns::text(*entry.actual, resultColumnOf(field)), !claimed.isEmpty(),
                   differs);
        }
        addRow(ResultColumns::title(ResultColumns::Status), {},
               ResultColumns::text(*entry.actual, ResultColumns::Status), false, false);
        addRow(ResultColumns::title(ResultColumns::TestDate), {},
               ResultColumns::text(*entry.actual, ResultColumns::TestDate), false, false);
    }

    QStringList lines;
    if (resolved && verdict.outcome == Outcome::Error)
        lines.append(verdict.errorReason);
    if (resolved && verdict.outcome == Outcome::NotFound)
        lines.append(tr("The service has no result for this TRF number."));
    lines += verdict.notes;
    if (verdict.requirementsChecked) {
        lines.append(verdict.requirementFailures.isEmpty()
                         ? tr("Meets the programme's requirements.")
                         : tr("Below the programme's requirements: %1")
                               .arg(verdict.requirementFailures.join(u' ')));
    }
    m_notes->setText(lines.join(u'\n'));

    m_recordButton->setEnabled(resolved && entry.actual.has_value());
    m_photo->clear();
    const QByteArray photo = entry.actual ? entry.actual->photo() : QByteArray();
    if (photo.isEmpty()) {
        m_photo->setText(tr("No photo"));
        return;
    }
    m_photo->setText(tr("Loading photo…"));
    m_photoWatcher.setFuture(
        QtConcurrent::run([photo] { return ThumbnailCache::decode(photo, photoSize); }));
}

void BatchDetailsPane::addRow(const QString &field, const QString &claimed, const QString &actual,
                              bool compared, bool differs)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(field));
    m_table->setItem(row, 1, new QTableWidgetItem(compared ? claimed : tr("—")));
    m_table->setItem(row, 2, new QTableWidgetItem(actual));
    // Words and a sign, not colour alone.
    QString check;
    if (compared)
        check = differs ? tr("✗ Differs") : tr("✓ Matches");
    auto *checkItem = new QTableWidgetItem(check);
    if (differs) {
        QFont bold = checkItem->font();
        bold.setBold(true);
        checkItem->setFont(bold);
        for (int c = 0; c < 3; ++c)
            m_table->item(row, c)->setFont(bold);
    }
    m_table->setItem(row, 3, checkItem);
}
