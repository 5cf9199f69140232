#include "common/Prompts.h"

#include <QMessageBox>
#include <QPushButton>

namespace unknot {

namespace {
std::function<void(const QString&, const QString&)> g_informer;
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

int Prompts::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                    int cancelIndex)
{
    g_lastQuestion = text;
    if (g_answerer) {
        return g_answerer(title, text) ? 0 : cancelIndex;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::RichText);
    QList<QPushButton*> buttons;
    for (int i = 0; i < choices.size(); ++i) {
        buttons.append(box.addButton(choices.at(i), i == cancelIndex ? QMessageBox::RejectRole
                                                                      : QMessageBox::AcceptRole));
    }
    box.setDefaultButton(buttons.value(cancelIndex));
    box.setEscapeButton(buttons.value(cancelIndex));
    box.exec();
    const auto index = buttons.indexOf(qobject_cast<QPushButton*>(box.clickedButton()));
    return index < 0 ? cancelIndex : static_cast<int>(index);
}

void Prompts::inform(QWidget* parent, const QString& title, const QString& text)
{
    if (g_informer) {
        g_informer(title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Prompts::tell(QWidget* parent, const QString& title, const QString& text)
{
    if (g_informer) {
        g_informer(title, text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

void Prompts::setInformer(std::function<void(const QString&, const QString&)> informer)
{
    g_informer = std::move(informer);
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
