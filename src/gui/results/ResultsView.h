#pragma once

#include "ResultColumns.h"

#include <QList>
#include <QTableView>

class ResultsFilterModel;
class ResultsModel;

// The results table: sortable, columns that can be hidden, moved and resized, copy of the selected
// rows as tab-separated text, and a context menu for the actions on a candidate.
class ResultsView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)

public:
    explicit ResultsView(QWidget *parent = nullptr);

    void setModels(ResultsModel *source, ResultsFilterModel *proxy);

    // Source rows of the selection, in the order they are shown.
    QList<int> selectedSourceRows() const;
    // Source rows as shown (filtered and sorted).
    QList<int> visibleSourceRows() const;
    // The columns as the user arranged them: visible ones, in visual order.
    QList<ResultColumns::Column> arrangedColumns() const;
    // The selection as tab-separated text with a header row, columns as arranged.
    QString selectionAsText() const;
    void copySelection() const;

    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);

Q_SIGNALS:
    void detailsRequested(int sourceRow);
    void exportRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);

    ResultsModel *m_source = nullptr;
    ResultsFilterModel *m_proxy = nullptr;
};
