#pragma once

#include "ApplicantDate.h"
#include "ApplicantField.h"
#include "ApplicantTable.h"
#include "BatchPreparation.h"
#include "BatchVerifier.h"
#include "ColumnMapping.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QComboBox;
class QPushButton;
class QStandardItemModel;

namespace Ui {
class ColumnMappingDialog;
}

// Shows how an applicant list will be read before anything is sent: which column holds which
// field (guessed from the headers, open to correction), how slashed dates are read, the rows that
// cannot be checked and why, and what the batch costs against today's quota.
class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingDialog)

public:
    using QuotaEstimator = std::function<BatchQuotaEstimate(int distinctTrfs)>;

    ColumnMappingDialog(const ApplicantTable &table, QuotaEstimator estimate,
                        QWidget *parent = nullptr);
    ~ColumnMappingDialog() override;

    const ColumnMapping &mapping() const { return m_mapping; }
    void setMapping(const ColumnMapping &mapping);
    ApplicantDate::Order dateOrder() const;
    void setDateOrder(ApplicantDate::Order order);
    // The rows as the current choices read them.
    const PreparedBatch &prepared() const { return m_prepared; }
    const ApplicantTable &table() const { return m_table; }
    bool canVerify() const;
    QComboBox *comboFor(ApplicantField field) const { return m_combos.value(field); }

private:
    void buildMappingForm();
    void fillPreview();
    void onComboChanged(ApplicantField field);
    void refresh();
    void updateDateNote();

    std::unique_ptr<Ui::ColumnMappingDialog> m_ui;
    ApplicantTable m_table;
    QuotaEstimator m_estimate;
    ColumnMapping m_mapping;
    ApplicantDate::Order m_detectedOrder = ApplicantDate::Order::Undetermined;
    PreparedBatch m_prepared;
    QHash<ApplicantField, QComboBox *> m_combos;
    QStandardItemModel *m_preview;
    QPushButton *m_verifyButton;
    bool m_updating = false;
};
