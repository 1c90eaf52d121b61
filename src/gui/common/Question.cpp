#include "Question.h"

#include <QMessageBox>
#include <QPushButton>

void askQuestion(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
                 std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("questionBox"));
    box->setDefaultButton(QMessageBox::No);
    if (!yesText.isEmpty())
        box->button(QMessageBox::Yes)->setText(yesText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, onYes = std::move(onYes)](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            onYes();
    });
    box->open();
}
