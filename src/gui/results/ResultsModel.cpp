#include "ResultsModel.h"

#include "Countries.h"
#include "ThumbnailCache.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

using namespace ResultColumns;

ResultsModel::ResultsModel(ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_thumbnails(thumbnails)
{
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &ResultsModel::thumbnailReady);
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateResult &r = m_results.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Status && !r.isReleased())
            return tr("⚠ %1").arg(r.status().isEmpty() ? tr("No status") : r.status());
        return text(r, column);
    case Qt::DecorationRole:
        if (column == Photo) {
            ThumbnailCache::State state = ThumbnailCache::State::None;
            const QImage image = m_thumbnails->thumbnail(r.trfNumber(), r.photo(), &state);
            if (state == ThumbnailCache::State::Ready)
                return image;
            if (state == ThumbnailCache::State::Failed)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Country:
            return tr("Country code: %1")
                .arg(r.countryCode().isEmpty() ? tr("none") : r.countryCode());
        case Photo: {
            if (!r.hasPhoto())
                return tr("No photo (search with “Include photos” to see it)");
            ThumbnailCache::State state = ThumbnailCache::State::None;
            m_thumbnails->thumbnail(r.trfNumber(), r.photo(), &state);
            if (state == ThumbnailCache::State::Failed)
                return tr("The photo sent for this candidate cannot be shown: it is damaged or "
                          "not an image.");
            return tr("Double-click to see the photo large");
        }
        case Status:
            if (!r.isReleased())
                return tr("This result is not released; do not rely on it until the status is "
                          "RELEASED.");
            return {};
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (column == Photo)
            return r.hasPhoto() ? tr("Photo") : tr("No photo");
        // The warning sign is not read out the same everywhere: say it in words.
        if (column == Status && !r.isReleased())
            return tr("%1, not released").arg(r.status().isEmpty() ? tr("No status") : r.status());
        return text(r, column);
    case Qt::TextAlignmentRole:
        if (isScore(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == Status && !r.isReleased()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Status && !r.isReleased()) {
            // Not colour alone: the text carries a warning sign and the font is bold.
            const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
            return QColor(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020"));
        }
        return {};
    case SortRole:
        return sortKey(r, column);
    case TrfRole:
        return r.trfNumber();
    case NotReleasedRole:
        return !r.isReleased();
    case FilterTextRole: {
        QStringList parts;
        for (int c = TrfNumber; c < Count; ++c)
            parts.append(text(r, Column(c)));
        parts.append(r.countryCode());
        return parts.join(u'\x1f');
    }
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= Count)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return title(Column(section));
    if (role == Qt::ToolTipRole && Column(section) == LastModified)
        return tr("When the candidate last shared or changed this result, in UTC");
    return {};
}

void ResultsModel::addOrUpdate(const QList<CandidateResult> &results)
{
    QList<CandidateResult> added;
    QHash<QString, qsizetype> addedIndex;
    for (const CandidateResult &r : results) {
        const auto it = m_rowByTrf.constFind(r.trfNumber());
        if (it != m_rowByTrf.cend()) {
            m_results[*it] = r;
            Q_EMIT dataChanged(index(*it, 0), index(*it, Count - 1));
        } else if (const auto pending = addedIndex.constFind(r.trfNumber());
                   pending != addedIndex.cend()) {
            added[*pending] = r;
        } else {
            addedIndex.insert(r.trfNumber(), added.size());
            added.append(r);
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_results.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (CandidateResult &r : added) {
        m_rowByTrf.insert(r.trfNumber(), int(m_results.size()));
        m_results.append(std::move(r));
    }
    endInsertRows();
}

void ResultsModel::clear()
{
    if (m_results.isEmpty())
        return;
    beginResetModel();
    m_results.clear();
    m_rowByTrf.clear();
    m_thumbnails->clear();
    endResetModel();
}

void ResultsModel::thumbnailReady(const QString &trfNumber)
{
    const int row = rowOf(trfNumber);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, Photo), index(row, Photo), {Qt::DecorationRole});
}
