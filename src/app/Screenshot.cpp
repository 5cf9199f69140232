#include "Screenshot.h"

#include "DoctorDialog.h"
#include "LibraryView.h"
#include "MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPixmap>

namespace unknot {

QStringList Screenshot::viewNames()
{
    QStringList names;
    for (ItemKind kind : ItemRef::allKinds) {
        names.append(ItemRef::kindPlural(kind).toLower());
    }
    names << QStringLiteral("search") << QStringLiteral("doctor");
    return names;
}

QString Screenshot::render(MainWindow& window, const QString& view, const QString& file)
{
    window.resize(1280, 820);
    window.show();
    if (view == QLatin1String("doctor")) {
        DoctorDialog dialog(window.doctorAdviceHtml(), &window);
        dialog.show(); // not exec(): that would wait for a click
        QApplication::processEvents();
        return dialog.grab().save(file) ? QString() : QStringLiteral("could not write %1").arg(file);
    }
    if (view == QLatin1String("search")) {
        window.searchField()->setText(QStringLiteral("shoulder blade"));
    } else if (const auto ref = ItemRef::fromUrl(QUrl(QStringLiteral("unknot:") + view))) {
        window.library()->open(*ref);
    } else {
        bool found = false;
        for (ItemKind kind : ItemRef::allKinds) {
            if (ItemRef::kindPlural(kind).toLower() == view) {
                window.library()->showSection(kind);
                found = true;
            }
        }
        if (!found) {
            return QStringLiteral("unknown view \"%1\"; try one of: %2, or kind/slug").arg(view, viewNames().join(u", "));
        }
    }
    QApplication::processEvents();
    if (!window.grab().save(file)) {
        return QStringLiteral("could not write %1").arg(file);
    }
    return {};
}

} // namespace unknot
