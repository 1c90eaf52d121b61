#include "ExportRequest.h"

namespace {
QList<int> validRows(const QList<int> &rows, qsizetype size)
{
    QList<int> valid;
    valid.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < size)
            valid.append(row);
    }
    return valid;
}
} // namespace

QList<int> ExportRequest::rows(ExportScope scope) const
{
    switch (scope) {
    case ExportScope::FilteredView:
        return validRows(filteredRows, records.size());
    case ExportScope::Selected:
        return validRows(selectedRows, records.size());
    case ExportScope::All:
        break;
    }
    QList<int> all(records.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        all[i] = int(i);
    return all;
}

qsizetype ExportRequest::count(ExportScope scope) const
{
    return scope == ExportScope::All ? records.size() : rows(scope).size();
}

bool ExportRequest::hasPhotos(ExportScope scope) const
{
    for (int row : rows(scope)) {
        if (!records.at(row).photo().isEmpty())
            return true;
    }
    return false;
}

ExportContent ExportRequest::content(ExportScope scope) const
{
    ExportContent content;
    content.context = context;
    content.columns = columns.isEmpty() ? ResultColumns::all() : columns;
    if (scope == ExportScope::All) {
        content.records = records;
    } else {
        const QList<int> indexes = rows(scope);
        content.records.reserve(indexes.size());
        for (int row : indexes)
            content.records.append(records.at(row));
    }
    return content;
}
