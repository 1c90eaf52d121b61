#pragma once

#include "Reconciliation.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// The selected applicant beside the batch table: what they claimed next to what the service
// holds, field by field, with the photo on the result, the notes and the requirement failures.
class BatchDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDetailsPane)

public:
    explicit BatchDetailsPane(QWidget *parent = nullptr);
    ~BatchDetailsPane() override;

    void showEntry(const Reconciliation::Entry &entry, bool resolved);
    void clear();

    QTableWidget *comparison() const { return m_table; }

Q_SIGNALS:
    // The full record of the result is wanted (every field, print, save photo).
    void recordRequested();

private:
    void addRow(const QString &field, const QString &claimed, const QString &actual, bool compared,
                bool differs);

    QLabel *m_title;
    QLabel *m_photo;
    QTableWidget *m_table;
    QLabel *m_notes;
    QPushButton *m_recordButton;
    QFutureWatcher<QImage> m_photoWatcher;
};
