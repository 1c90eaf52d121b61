#pragma once

#include "SearchQuery.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class SearchPane;
}

// Where an officer says what to look for: TRF numbers (several may be pasted at once) or a UTC
// range of last modification, with the photo and One Skill Retake switches. Input is checked as
// it is typed; nothing is sent from here.
class SearchPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPane)

public:
    enum class Mode
    {
        Trf,
        DateRange
    };

    struct Request
    {
        QList<SearchQuery> queries;
        QStringList errors;   // nothing may be sent while there is one
        QStringList warnings; // may be sent; worth telling the user
        bool isValid() const { return errors.isEmpty() && !queries.isEmpty(); }
    };

    explicit SearchPane(QWidget *parent = nullptr);
    ~SearchPane() override;

    Mode mode() const;
    void setMode(Mode mode);

    // The queries the current input stands for; `now` decides what "the future" is.
    Request request(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    void setTrfText(const QString &text);
    QString trfText() const;
    void setRange(const QDateTime &startUtc, const QDateTime &endUtc);
    void setIncludePhotos(bool on);
    void setIncludeOsr(bool on);
    // While a search runs the Search button turns into a request to stop it.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    // Requests already used today and the daily limit, for the cost estimate.
    void setQuota(int usedToday, int dailyLimit);
    // The end of the last completed pull of this profile, for the "since my last pull" preset.
    void setLastPull(const QDateTime &utc);

    // Splits pasted text into entries: lines, commas and semicolons separate them.
    static QStringList splitTrfInput(const QString &text);

Q_SIGNALS:
    void searchRequested();
    void cancelRequested();
    void modeChanged(SearchPane::Mode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTrfFeedback();
    void updateRangeFeedback();
    void updateCost();
    void applyPreset(int index);
    void updateFocusProxy();
    static void describe(QWidget *field, const QString &base, const QString &problems);

    std::unique_ptr<Ui::SearchPane> m_ui;
    bool m_running = false;
    int m_quotaUsed = 0;
    int m_quotaLimit = 10000;
    QDateTime m_lastPull;
    // The fields' own descriptions, before the problems found in them are put in front.
    QString m_trfDescription;
    QString m_startDescription;
    QString m_endDescription;
};
