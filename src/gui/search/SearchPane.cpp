#include "SearchPane.h"
#include "ui_SearchPane.h"

#include "Trf.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocumentFragment>
#include <QTimeZone>

namespace {
enum Preset
{
    NoPreset,
    Last24Hours,
    Last7Days,
    Last30Days,
    SinceLastPull
};

QDateTime nowToTheSecond()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

QString localEquivalent(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const int minutes = std::abs(offset) / 60;
    return SearchPane::tr("= %1 your time (UTC%2%3:%4)")
        .arg(QLocale().toString(local, QLocale::ShortFormat), sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

SearchPane::SearchPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchPane>())
{
    m_ui->setupUi(this);
    for (QDateTimeEdit *edit : {m_ui->startEdit, m_ui->endEdit}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
        edit->installEventFilter(this);
    }
    m_ui->presetCombo->addItem(tr("Choose…"));
    m_ui->presetCombo->addItem(tr("Last 24 hours"));
    m_ui->presetCombo->addItem(tr("Last 7 days"));
    m_ui->presetCombo->addItem(tr("Last 30 days"));
    m_ui->presetCombo->addItem(tr("Since my last pull"));
    m_ui->trfEdit->installEventFilter(this);
    m_ui->photosCheck->installEventFilter(this);
    m_ui->osrCheck->installEventFilter(this);
    m_ui->trfFeedback->setVisible(false);
    m_trfDescription = m_ui->trfEdit->accessibleDescription();
    m_startDescription = m_ui->startEdit->accessibleDescription();
    m_endDescription = m_ui->endEdit->accessibleDescription();
    updateFocusProxy();

    const QDateTime now = nowToTheSecond();
    setRange(now.addDays(-7), now);
    setLastPull({});

    connect(m_ui->trfEdit, &QPlainTextEdit::textChanged, this, &SearchPane::updateTrfFeedback);
    connect(m_ui->startEdit, &QDateTimeEdit::dateTimeChanged, this,
            &SearchPane::updateRangeFeedback);
    connect(m_ui->endEdit, &QDateTimeEdit::dateTimeChanged, this, &SearchPane::updateRangeFeedback);
    connect(m_ui->presetCombo, &QComboBox::activated, this, &SearchPane::applyPreset);
    connect(m_ui->modeTabs, &QTabWidget::currentChanged, this, [this] {
        updateFocusProxy();
        updateCost();
        Q_EMIT modeChanged(mode());
    });
    connect(m_ui->searchButton, &QPushButton::clicked, this, &SearchPane::searchRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SearchPane::cancelRequested);
    updateTrfFeedback();
    updateRangeFeedback();
}

SearchPane::~SearchPane() = default;

SearchPane::Mode SearchPane::mode() const
{
    return m_ui->modeTabs->currentWidget() == m_ui->rangePage ? Mode::DateRange : Mode::Trf;
}

void SearchPane::setMode(Mode mode)
{
    m_ui->modeTabs->setCurrentWidget(mode == Mode::DateRange ? m_ui->rangePage : m_ui->trfPage);
}

QStringList SearchPane::splitTrfInput(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\n\\r,;]+"));
    QStringList entries;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            entries.append(part.trimmed());
    }
    return entries;
}

SearchPane::Request SearchPane::request(const QDateTime &now) const
{
    Request request;
    auto finish = [this](SearchQuery query) {
        query.setIncludePhotos(m_ui->photosCheck->isChecked());
        query.setIncludeOsr(m_ui->osrCheck->isChecked());
        return query;
    };
    if (mode() == Mode::Trf) {
        const QStringList entries = splitTrfInput(m_ui->trfEdit->toPlainText());
        if (entries.isEmpty())
            request.errors.append(tr("Enter at least one TRF number."));
        QSet<QString> seen;
        for (const QString &entry : entries) {
            const Trf::Check check = Trf::check(entry);
            if (!check.isAcceptable()) {
                request.errors.append(tr("%1: %2").arg(entry, check.error));
                continue;
            }
            if (seen.contains(check.normalised))
                continue;
            seen.insert(check.normalised);
            if (!check.warning.isEmpty())
                request.warnings.append(tr("%1: %2").arg(check.normalised, check.warning));
            request.queries.append(finish(SearchQuery::forTrf(check.normalised)));
        }
        return request;
    }
    const SearchQuery query =
        finish(SearchQuery::forRange(m_ui->startEdit->dateTime(), m_ui->endEdit->dateTime()));
    const SearchQuery::Validation validation = query.validate(now);
    request.errors = validation.errors;
    request.warnings = validation.warnings;
    request.queries.append(query);
    return request;
}

void SearchPane::setTrfText(const QString &text)
{
    m_ui->trfEdit->setPlainText(text);
}

QString SearchPane::trfText() const
{
    return m_ui->trfEdit->toPlainText();
}

void SearchPane::setRange(const QDateTime &startUtc, const QDateTime &endUtc)
{
    m_ui->startEdit->setDateTime(startUtc.toUTC());
    m_ui->endEdit->setDateTime(endUtc.toUTC());
}

void SearchPane::setIncludePhotos(bool on)
{
    m_ui->photosCheck->setChecked(on);
}

void SearchPane::setIncludeOsr(bool on)
{
    m_ui->osrCheck->setChecked(on);
}

void SearchPane::setRunning(bool running)
{
    m_running = running;
    m_ui->cancelButton->setEnabled(running);
    m_ui->searchButton->setText(running ? tr("&Search again…") : tr("&Search"));
}

void SearchPane::setQuota(int usedToday, int dailyLimit)
{
    m_quotaUsed = usedToday;
    m_quotaLimit = dailyLimit;
    updateCost();
}

void SearchPane::setLastPull(const QDateTime &utc)
{
    m_lastPull = utc;
    m_ui->presetCombo->setItemData(SinceLastPull, utc.isValid() ? QVariant() : QVariant(0),
                                   Qt::UserRole - 1); // 0 disables the item
    m_ui->presetCombo->setItemData(
        SinceLastPull,
        utc.isValid() ? tr("From %1 UTC").arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                      : tr("No earlier pull with this profile"),
        Qt::ToolTipRole);
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // In the TRF list Shift+Enter starts a new line; Enter alone searches everywhere.
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT searchRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPane::updateFocusProxy()
{
    // Focusing the pane (Ctrl+1, Ctrl+2) lands in the first field of the mode shown.
    setFocusProxy(mode() == Mode::DateRange ? static_cast<QWidget *>(m_ui->startEdit)
                                            : static_cast<QWidget *>(m_ui->trfEdit));
}

void SearchPane::describe(QWidget *field, const QString &base, const QString &problems)
{
    // A screen reader reads the problems together with the field, not only in the label below.
    const QString description = problems.isEmpty() ? base : problems + u' ' + base;
    if (field->accessibleDescription() == description)
        return;
    field->setAccessibleDescription(description);
    QAccessibleEvent event(field, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void SearchPane::updateTrfFeedback()
{
    const QStringList entries = splitTrfInput(m_ui->trfEdit->toPlainText());
    QStringList lines;
    QSet<QString> seen;
    int ready = 0;
    for (const QString &entry : entries) {
        const Trf::Check check = Trf::check(entry);
        const QString shown = entry.toHtmlEscaped();
        if (!check.isAcceptable()) {
            lines.append(tr("✖ <b>%1</b>: %2").arg(shown, check.error.toHtmlEscaped()));
        } else if (seen.contains(check.normalised)) {
            lines.append(tr("• <b>%1</b>: listed twice; searched once.").arg(shown));
        } else {
            seen.insert(check.normalised);
            ++ready;
            if (!check.warning.isEmpty())
                lines.append(
                    tr("⚠ <b>%1</b>: %2")
                        .arg(check.normalised.toHtmlEscaped(), check.warning.toHtmlEscaped()));
        }
    }
    if (ready > 0)
        lines.prepend(tr("%n TRF number(s) ready to search.", nullptr, ready));
    const QString html = lines.join(QStringLiteral("<br>"));
    m_ui->trfFeedback->setText(html);
    m_ui->trfFeedback->setVisible(!lines.isEmpty());
    describe(m_ui->trfEdit, m_trfDescription,
             QTextDocumentFragment::fromHtml(html).toPlainText().replace(u'\n', u' '));
    updateCost();
}

void SearchPane::updateRangeFeedback()
{
    m_ui->startLocalLabel->setText(localEquivalent(m_ui->startEdit->dateTime()));
    m_ui->endLocalLabel->setText(localEquivalent(m_ui->endEdit->dateTime()));
    const SearchQuery query =
        SearchQuery::forRange(m_ui->startEdit->dateTime(), m_ui->endEdit->dateTime());
    const SearchQuery::Validation validation = query.validate();
    QStringList lines;
    for (const QString &error : validation.errors)
        lines.append(tr("✖ %1").arg(error));
    for (const QString &warning : validation.warnings)
        lines.append(tr("⚠ %1").arg(warning));
    m_ui->rangeFeedback->setText(lines.join(u'\n'));
    m_ui->rangeFeedback->setVisible(!lines.isEmpty());
    const QString problems = lines.join(u' ');
    describe(m_ui->startEdit, m_startDescription, problems);
    describe(m_ui->endEdit, m_endDescription, problems);
    updateCost();
}

void SearchPane::updateCost()
{
    const int left = std::max(0, m_quotaLimit - m_quotaUsed);
    const QString today = tr("Today: %1 of %2 requests used, %3 left.")
                              .arg(QLocale().toString(m_quotaUsed),
                                   QLocale().toString(m_quotaLimit), QLocale().toString(left));
    QString cost;
    if (mode() == Mode::Trf) {
        const int count = int(request().queries.size());
        cost = count == 0
                   ? tr("Each TRF number costs one request.")
                   : tr("This search costs %n request(s), one per TRF number.", nullptr, count);
    } else {
        cost = tr("This search costs at least one request, and one more for every 2,000 results "
                  "found.");
    }
    m_ui->costLabel->setText(cost + u' ' + today);
}

void SearchPane::applyPreset(int index)
{
    const QDateTime now = nowToTheSecond();
    switch (index) {
    case Last24Hours:
        setRange(now.addSecs(-24 * 3600), now);
        break;
    case Last7Days:
        setRange(now.addDays(-7), now);
        break;
    case Last30Days:
        setRange(now.addDays(-30), now);
        break;
    case SinceLastPull:
        if (m_lastPull.isValid())
            setRange(m_lastPull, now);
        break;
    default:
        break;
    }
    m_ui->presetCombo->setCurrentIndex(NoPreset);
}
