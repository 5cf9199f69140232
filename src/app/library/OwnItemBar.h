#pragma once

#include "ItemRef.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace unknot {

/// Beside Start on a routine's or exercise's page: "Yours" with Edit and Delete for the person's own items, and
/// Duplicate for every routine and exercise (a built-in item is changed only as a copy).
class OwnItemBar : public QWidget {
    Q_OBJECT

public:
    explicit OwnItemBar(QWidget* parent = nullptr);

    /// Shows the bar for the page of ref (hidden for kinds that cannot be one's own).
    void showFor(const ItemRef& ref, bool own);

Q_SIGNALS:
    void editRequested(const unknot::ItemRef& ref);
    void duplicateRequested(const unknot::ItemRef& ref);
    void deleteRequested(const unknot::ItemRef& ref);

private:
    ItemRef m_ref;
    QLabel* m_mark;
    QPushButton* m_edit;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
};

} // namespace unknot
