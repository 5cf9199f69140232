#pragma once

#include <QDialog>
#include <QJsonObject>
#include <functional>

class QLabel;
class QLayout;

namespace unknot {

/// What the routine and exercise editors do alike: save through the saver they are given once the content rules
/// accept the item, show the rules' reasons otherwise, ask before edits are lost, remember their size.
class ItemEditor : public QDialog {
    Q_OBJECT

public:
    /// Saves an item body (the content pack's form); returns why it was not saved, or empty when it was.
    using Saver = std::function<QString(const QJsonObject& body)>;

    /// The item as the form has it, in the content pack's form, marked as the person's own.
    virtual QJsonObject body() const = 0;
    /// Why the item cannot be saved as it stands, in the content rules' words; empty when it can.
    virtual QStringList problems() const = 0;
    bool isModified() const { return body() != m_saved; }

    void accept() override;
    void reject() override;
    void done(int result) override;

protected:
    ItemEditor(Saver saver, const QString& sizeKey, QWidget* parent);

    /// Lays the dialog out: top (the name), form (the tabs), the rules' reasons, then Save (Ctrl+S) and Cancel.
    void arrange(QLayout* top, QWidget* form, const QString& saveTip);
    /// The form as loaded is the state edits are measured against.
    void markLoaded();
    /// Shows the rules' reasons: all of them once Save was pressed, before that only when now is true (a refused
    /// dose says so at once; a new item's missing name waits until the person tries to save).
    void showProblems(bool now);
    QLabel* problemLabel() const { return m_problems; }
    void restoreSize(QSize preferred);

private:
    Saver m_saver;
    QString m_sizeKey;
    QJsonObject m_saved;
    QLabel* m_problems;
    bool m_triedSaving = false;
};

} // namespace unknot
