#include "safety/DoctorDialog.h"

#include "library/DetailRenderer.h"
#include "common/Tone.h"
#include "common/WindowFit.h"
#include "ui_DoctorDialog.h"

namespace unknot {

DoctorDialog::DoctorDialog(const QString& html, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DoctorDialog>())
{
    m_ui->setupUi(this);
    m_ui->advice->document()->setDefaultStyleSheet(DetailRenderer::styleSheet(tone::current()));
    m_ui->advice->document()->setDocumentMargin(20);
    m_ui->advice->setHtml(html);
    windowfit::fit(this, size()); // the size set in the .ui file, or less on a small screen
}

DoctorDialog::~DoctorDialog() = default;

} // namespace unknot
