#pragma once

#include "Safety.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QStackedWidget;

namespace unknot {

class SafetyRepository;

/// A short check for warning signs. Any yes gives plain advice: a doctor first, or emergency services now.
/// The answers are kept with their date and the version of the list. With onlyNew, it asks just the questions
/// added since the person last answered; their earlier answers stay as they were.
class RedFlagCheckDialog : public QDialog {
    Q_OBJECT

public:
    RedFlagCheckDialog(const Safety& safety, SafetyRepository& answers, bool onlyNew = false, QWidget* parent = nullptr);

    /// Saves the answers and shows the advice that follows from them.
    void submit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString intro(bool onlyNew) const;

    Safety m_safety;
    QList<RedFlag> m_questions;
    SafetyRepository& m_answers;
    QList<QCheckBox*> m_boxes;
    QStackedWidget* m_pages;
    QLabel* m_advice;
};

} // namespace unknot
