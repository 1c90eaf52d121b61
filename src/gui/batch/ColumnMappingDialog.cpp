#include "ColumnMappingDialog.h"

#include "ui_ColumnMappingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;

namespace {
constexpr int previewRows = 50;
constexpr int listedRejections = 1000;
} // namespace

ColumnMappingDialog::ColumnMappingDialog(const ApplicantTable &table, QuotaEstimator estimate,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ColumnMappingDialog>())
    , m_table(table)
    , m_estimate(std::move(estimate))
    , m_mapping(ColumnMapping::guess(table.headers))
    , m_preview(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->sourceLabel->setText(
        tr("<b>%1</b>: %2, %n row(s) of applicants.", nullptr, int(table.rowCount()))
            .arg(table.sourceName.toHtmlEscaped(), table.format.toHtmlEscaped()));
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->previewView->setModel(m_preview);
    m_ui->previewView->verticalHeader()->setVisible(false);
    m_ui->rejectedList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->rejectedList->header()->setStretchLastSection(true);

    m_verifyButton = m_ui->buttonBox->addButton(tr("Verify"), QDialogButtonBox::AcceptRole);
    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton->setDefault(true);
    m_verifyButton->setAccessibleDescription(
        tr("Looks up every applicant who can be checked; nothing has been sent yet"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const int dobColumn = m_mapping.column(ApplicantField::DateOfBirth);
    if (dobColumn >= 0) {
        QStringList values;
        values.reserve(table.rows.size());
        for (const QStringList &row : table.rows)
            values.append(row.value(dobColumn));
        m_detectedOrder = ApplicantDate::guessOrder(values);
    }
    m_ui->dateOrderCombo->addItem(tr("Day first (31/12/1990)"),
                                  int(ApplicantDate::Order::DayFirst));
    m_ui->dateOrderCombo->addItem(tr("Month first (12/31/1990)"),
                                  int(ApplicantDate::Order::MonthFirst));
    m_ui->dateOrderCombo->setCurrentIndex(m_detectedOrder == ApplicantDate::Order::MonthFirst ? 1
                                                                                              : 0);
    connect(m_ui->dateOrderCombo, &QComboBox::currentIndexChanged, this,
            &ColumnMappingDialog::refresh);

    buildMappingForm();
    fillPreview();
    refresh();
}

ColumnMappingDialog::~ColumnMappingDialog() = default;

void ColumnMappingDialog::buildMappingForm()
{
    for (ApplicantField field : ApplicantFields::all()) {
        auto *combo = new QComboBox(m_ui->columnsGroup);
        combo->setObjectName(u"mapping_"_s + ApplicantFields::key(field));
        combo->addItem(
            field == ApplicantField::Trf ? tr("(choose a column)") : tr("(not in the list)"), -1);
        for (qsizetype c = 0; c < m_table.headers.size(); ++c)
            combo->addItem(m_table.headers.at(c), int(c));
        combo->setCurrentIndex(combo->findData(m_mapping.column(field)));
        combo->setAccessibleName(ApplicantFields::label(field));
        combo->setAccessibleDescription(tr("The column of the list that holds the applicant's %1")
                                            .arg(ApplicantFields::label(field).toLower()));
        m_ui->mappingForm->addRow(ApplicantFields::label(field), combo);
        m_combos.insert(field, combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, field] { onComboChanged(field); });
    }
}

void ColumnMappingDialog::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    m_updating = true;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        it.value()->setCurrentIndex(it.value()->findData(m_mapping.column(it.key())));
    m_updating = false;
    refresh();
}

ApplicantDate::Order ColumnMappingDialog::dateOrder() const
{
    return ApplicantDate::Order(m_ui->dateOrderCombo->currentData().toInt());
}

void ColumnMappingDialog::setDateOrder(ApplicantDate::Order order)
{
    m_ui->dateOrderCombo->setCurrentIndex(order == ApplicantDate::Order::MonthFirst ? 1 : 0);
}

void ColumnMappingDialog::onComboChanged(ApplicantField field)
{
    if (m_updating)
        return;
    m_mapping.setColumn(field, m_combos.value(field)->currentData().toInt());
    // A column holds one field: a field that lost its column here shows that at once.
    m_updating = true;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        it.value()->setCurrentIndex(it.value()->findData(m_mapping.column(it.key())));
    m_updating = false;
    refresh();
}

void ColumnMappingDialog::fillPreview()
{
    const int rows = int(qMin<qsizetype>(previewRows, m_table.rowCount()));
    m_preview->clear();
    m_preview->setColumnCount(int(m_table.columnCount()));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList &cells = m_table.rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QStandardItem(cells.at(c).simplified());
            item->setToolTip(cells.at(c));
            m_preview->setItem(r, c, item);
        }
    }
}

void ColumnMappingDialog::refresh()
{
    // Headers name the field each column is read as, so the preview shows the mapping itself.
    for (qsizetype c = 0; c < m_table.headers.size(); ++c) {
        ApplicantField field;
        const QString header =
            m_mapping.fieldOf(int(c), &field)
                ? tr("%1\n→ %2").arg(m_table.headers.at(c), ApplicantFields::label(field))
                : m_table.headers.at(c);
        m_preview->setHeaderData(int(c), Qt::Horizontal, header);
    }

    m_prepared = prepareBatch(m_table, m_mapping, dateOrder());
    updateDateNote();

    m_ui->rejectedList->clear();
    QList<QTreeWidgetItem *> items;
    for (const RejectedRow &rejected : m_prepared.rejected) {
        if (items.size() == listedRejections)
            break;
        items.append(new QTreeWidgetItem(
            {QString::number(rejected.sourceLine), rejected.trfText, rejected.reason}));
    }
    m_ui->rejectedList->addTopLevelItems(items);
    m_ui->rejectedList->setVisible(!m_prepared.rejected.isEmpty());
    m_ui->rejectedLabel->setVisible(!m_prepared.rejected.isEmpty());

    const QStringList problems = m_mapping.problems();
    const QLocale locale;
    if (!problems.isEmpty()) {
        m_ui->readyLabel->setText(problems.join(u' '));
    } else if (m_prepared.applicants.isEmpty()) {
        m_ui->readyLabel->setText(tr("No row of the list can be checked: see the reasons above."));
    } else {
        const QString ready =
            tr("%n applicant(s) ready to check", nullptr, int(m_prepared.applicants.size()));
        m_ui->readyLabel->setText(
            m_prepared.rejected.isEmpty()
                ? ready + u'.'
                : tr("%1; %n row(s) cannot be checked and will be reported as errors.", nullptr,
                     int(m_prepared.rejected.size()))
                      .arg(ready));
    }
    m_ui->warningsLabel->setText(m_prepared.warnings.join(u'\n'));
    m_ui->warningsLabel->setVisible(!m_prepared.warnings.isEmpty());

    const BatchQuotaEstimate estimate =
        m_estimate ? m_estimate(int(m_prepared.distinctTrfs.size())) : BatchQuotaEstimate{};
    m_ui->quotaLabel->setText(m_estimate ? estimate.message() : QString());
    m_verifyButton->setText(
        tr("Verify %n Applicant(s)", nullptr, int(m_prepared.applicants.size())));
    m_verifyButton->setEnabled(canVerify());
}

void ColumnMappingDialog::updateDateNote()
{
    QString note;
    if (!m_mapping.isMapped(ApplicantField::DateOfBirth)) {
        note = tr("No column holds dates of birth, so they are not compared.");
    } else if (m_detectedOrder == ApplicantDate::Order::Undetermined) {
        note = tr("The dates in this list do not show whether the day or the month comes first. "
                  "Check the choice above; ambiguous dates are marked in the report.");
    } else {
        note = tr("Detected from dates that can only be read one way.");
    }
    m_ui->dateOrderNote->setText(note);
    m_ui->dateOrderCombo->setEnabled(m_mapping.isMapped(ApplicantField::DateOfBirth));
}

bool ColumnMappingDialog::canVerify() const
{
    return m_mapping.isUsable() && !m_prepared.applicants.isEmpty();
}
