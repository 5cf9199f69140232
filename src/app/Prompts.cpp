#include "Prompts.h"

#include <QMessageBox>
#include <QPushButton>

namespace unknot {

namespace {
Prompts::Answerer g_answerer;
QString g_lastQuestion;
} // namespace

bool Prompts::confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes,
                      const QString& no)
{
    g_lastQuestion = text;
    if (g_answerer) {
        return g_answerer(title, text);
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton* noButton = box.addButton(no, QMessageBox::RejectRole);
    box.setDefaultButton(noButton);
    box.exec();
    return box.clickedButton() == yesButton;
}

void Prompts::setAnswerer(Answerer answerer)
{
    g_answerer = std::move(answerer);
}

QString Prompts::lastQuestion()
{
    return g_lastQuestion;
}

} // namespace unknot
