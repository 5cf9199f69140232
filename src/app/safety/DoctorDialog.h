#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DoctorDialog;
}

namespace unknot {

/// Red-flag symptoms and what to do about them; always one click away.
class DoctorDialog : public QDialog {
    Q_OBJECT

public:
    DoctorDialog(const QString& html, QWidget* parent = nullptr);
    ~DoctorDialog() override;

private:
    std::unique_ptr<Ui::DoctorDialog> m_ui;
};

} // namespace unknot
