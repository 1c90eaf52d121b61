#include "ResultsView.h"

#include "ResultsFilterModel.h"
#include "ResultsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>

namespace {
// With whole rows selected, the style's focus rectangle can vanish in the selection colour: the
// current cell gets a frame of its own, in the colour of the text it sits on.
class FocusFrameDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!(option.state & QStyle::State_HasFocus))
            return;
        const bool selected = option.state & QStyle::State_Selected;
        const QColor colour = option.palette.color(
            option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive,
            selected ? QPalette::HighlightedText : QPalette::Highlight);
        painter->save();
        painter->setPen(QPen(colour, focusFrameWidth));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
        painter->restore();
    }

    static constexpr int focusFrameWidth = 2;
};
} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("resultsView"));
    setAccessibleName(tr("Results"));
    setAccessibleDescription(tr("One row a candidate. Enter opens the candidate's details."));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(52);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setStretchLastSection(false);
    setIconSize(QSize(40, 50));
    setItemDelegate(new FocusFrameDelegate(this));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ResultsView::showHeaderMenu);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_proxy && index.isValid())
            Q_EMIT detailsRequested(m_proxy->mapToSource(index).row());
    });
}

void ResultsView::setModels(ResultsModel *source, ResultsFilterModel *proxy)
{
    m_source = source;
    m_proxy = proxy;
    setModel(proxy);
    sortByColumn(ResultColumns::LastModified, Qt::AscendingOrder);
    // Widths that fit typical values, so that every column is in view on a laptop screen.
    const std::pair<ResultColumns::Column, int> widths[] = {
        {ResultColumns::Photo, 48},       {ResultColumns::TrfNumber, 165},
        {ResultColumns::FamilyName, 130}, {ResultColumns::FirstName, 110},
        {ResultColumns::DateOfBirth, 92}, {ResultColumns::Module, 90},
        {ResultColumns::TestDate, 92},    {ResultColumns::Listening, 64},
        {ResultColumns::Reading, 64},     {ResultColumns::Writing, 64},
        {ResultColumns::Speaking, 64},    {ResultColumns::Overall, 64},
        {ResultColumns::Country, 150},    {ResultColumns::Centre, 70},
        {ResultColumns::Status, 110},     {ResultColumns::LastModified, 140}};
    for (const auto &[column, width] : widths)
        horizontalHeader()->resizeSection(column, width);
}

QList<int> ResultsView::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_proxy)
        return rows;
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(selected))
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

QList<int> ResultsView::visibleSourceRows() const
{
    QList<int> rows;
    if (!m_proxy)
        return rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return rows;
}

QList<ResultColumns::Column> ResultsView::arrangedColumns() const
{
    QList<ResultColumns::Column> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(ResultColumns::Column(logical));
    }
    return columns;
}

QString ResultsView::selectionAsText() const
{
    if (!m_source)
        return {};
    QList<ResultColumns::Column> columns = arrangedColumns();
    columns.removeAll(ResultColumns::Photo);
    auto clean = [](QString text) {
        // One line per candidate: tabs and line breaks inside a value become spaces.
        text.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
        return text;
    };
    QStringList lines;
    QStringList header;
    for (auto column : std::as_const(columns))
        header.append(ResultColumns::title(column));
    lines.append(header.join(u'\t'));
    for (int row : selectedSourceRows()) {
        QStringList cells;
        for (auto column : std::as_const(columns))
            cells.append(clean(ResultColumns::text(m_source->result(row), column)));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void ResultsView::copySelection() const
{
    if (selectionModel() && selectionModel()->hasSelection())
        QApplication::clipboard()->setText(selectionAsText());
}

QByteArray ResultsView::saveLayout() const
{
    return horizontalHeader()->saveState();
}

bool ResultsView::restoreLayout(const QByteArray &state)
{
    return !state.isEmpty() && horizontalHeader()->restoreState(state);
}

void ResultsView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ResultsView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    QMenu menu(this);
    QAction *details = menu.addAction(tr("Show &details"));
    details->setShortcut(QKeySequence(Qt::Key_Return));
    details->setEnabled(index.isValid());
    QAction *copy = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel() && selectionModel()->hasSelection());
    menu.addSeparator();
    QAction *exportAction = menu.addAction(tr("&Export…"));
    exportAction->setEnabled(m_source && m_source->rowCount() > 0);
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == details && index.isValid())
        Q_EMIT detailsRequested(m_proxy->mapToSource(index).row());
    else if (chosen == copy)
        copySelection();
    else if (chosen == exportAction)
        Q_EMIT exportRequested();
}

void ResultsView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int logical = 0; logical < header->count(); ++logical) {
        QAction *action = menu.addAction(ResultColumns::title(ResultColumns::Column(logical)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The TRF number identifies the candidate; it always stays.
        action->setEnabled(logical != ResultColumns::TrfNumber);
        connect(action, &QAction::toggled, header,
                [header, logical](bool on) { header->setSectionHidden(logical, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}
