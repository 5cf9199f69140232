#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace unknot {

/// Yes/no questions to the person. Tests replace the answerer so no modal dialog blocks them.
class Prompts {
public:
    using Answerer = std::function<bool(const QString& title, const QString& text)>;

    /// Asks; returns true for yes. Shows a message box unless an answerer is set.
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes,
                        const QString& no);
    /// Asks with several choices; returns the index of the one taken. cancelIndex is the default and what Esc
    /// gives. Tests answer through the answerer too: yes takes choice 0, no takes cancelIndex.
    static int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                      int cancelIndex);
    /// Tells the person something that went wrong, in a warning box unless an informer is set.
    static void inform(QWidget* parent, const QString& title, const QString& text);
    /// Tells the person something worth knowing (nothing went wrong), in an information box unless an informer is set.
    static void tell(QWidget* parent, const QString& title, const QString& text);
    /// Replaces the message box (pass {} to restore it). The last question asked is kept for tests.
    static void setAnswerer(Answerer answerer);
    /// Replaces the boxes of inform() and tell(): widget tests and screenshots set one so nothing modal blocks them.
    static void setInformer(std::function<void(const QString& title, const QString& text)> informer);
    static QString lastQuestion();
};

} // namespace unknot
