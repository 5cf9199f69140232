#include "session/ThermalDialog.h"

#include "../core/StringMaker.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

template <typename T> T* child(const ThermalDialog& dialog, const char* name)
{
    auto* widget = dialog.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

/// Replaces a spin box's text the way a person would: select it all and type.
void typeInto(QSpinBox* box, const QString& text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

} // namespace

TEST_CASE("the heat and cold dialog opens on calm defaults", "[thermal]")
{
    QSettings().clear();
    ThermalDialog dialog;
    CHECK(child<QRadioButton>(dialog, "modeAlternating")->isChecked());
    CHECK_FALSE(child<QRadioButton>(dialog, "modeHeat")->isChecked());
    CHECK_FALSE(child<QRadioButton>(dialog, "modeCold")->isChecked());
    CHECK(child<QSpinBox>(dialog, "minutes")->value() == 8);
    CHECK(child<QSpinBox>(dialog, "cycles")->value() == 1);
    CHECK(child<QSpinBox>(dialog, "skinCheck")->value() == 60);
    CHECK(child<QPushButton>(dialog, "start")->isDefault());
    CHECK(child<QPushButton>(dialog, "start")->isEnabled());
    CHECK(child<QLabel>(dialog, "minutesProblem")->isHidden());
    // Cold 15 min, a one-minute skin check, heat 15 min and a 5-second lead-in.
    // One cold-then-heat turn of 15 to 20 minutes in all, as the seeds describe.
    CHECK(child<QLabel>(dialog, "total")->text() ==
          QStringLiteral("Total time: about 17 minutes (2 phases of 8 minutes and 1 skin check of 60 seconds)."));

    const QString safety = child<QLabel>(dialog, "safety")->text();
    CHECK(safety.contains(QStringLiteral("cloth between your skin and the pack")));
    CHECK(safety.contains(QStringLiteral("numb, broken, or has poor circulation")));
    CHECK(safety.contains(QStringLiteral("fall asleep")));
    CHECK(safety.contains(QStringLiteral("Moist heat suits stiffness")));
    CHECK(safety.contains(QStringLiteral("strain or injury, use cold for the first two days, and no heat")));
    CHECK(safety.contains(QStringLiteral("diabetes")));
    CHECK(safety.contains(QStringLiteral("Raynaud's")));
    CHECK(safety.contains(QStringLiteral("never lie on a heating pad")));

    const ThermalPlan plan = dialog.plan();
    CHECK(plan.mode == ThermalPlan::Mode::Alternating);
    CHECK(plan.phaseMinutes == 8);
    CHECK(plan.cycles == 1);

    // Heat alone suggests the seed's 15 minutes; a length the person typed is kept when the mode changes.
    QTest::mouseClick(child<QRadioButton>(dialog, "modeHeat"), Qt::LeftButton);
    CHECK(dialog.plan().phaseMinutes == 15);
    typeInto(child<QSpinBox>(dialog, "minutes"), QStringLiteral("12"));
    QTest::mouseClick(child<QRadioButton>(dialog, "modeAlternating"), Qt::LeftButton);
    CHECK(dialog.plan().phaseMinutes == 12);
    CHECK(plan.skinCheckSeconds == 60);
    CHECK(plan.problem().isEmpty());
}

TEST_CASE("the phase length can't go past twenty minutes", "[thermal]")
{
    QSettings().clear();
    ThermalDialog dialog;
    dialog.show();
    auto* minutes = child<QSpinBox>(dialog, "minutes");
    CHECK(minutes->maximum() == 20);
    CHECK(minutes->minimum() == 5);

    typeInto(minutes, QStringLiteral("25"));
    CHECK(minutes->value() <= 20);
    CHECK(dialog.plan().phaseMinutes <= 20);

    minutes->setValue(25);
    CHECK(minutes->value() == 20);
    typeInto(minutes, QStringLiteral("18"));
    CHECK(minutes->value() == 18);
    CHECK(dialog.plan().problem().isEmpty());
    CHECK(child<QLabel>(dialog, "minutesProblem")->isHidden());

    // Settings written by hand outside the range come back inside it.
    QSettings().setValue(QStringLiteral("thermal/minutes"), 45);
    ThermalDialog again;
    CHECK(again.plan().phaseMinutes == 20);
}

TEST_CASE("the plan follows the choices, and the total time with it", "[thermal]")
{
    QSettings().clear();
    ThermalDialog dialog;
    dialog.show();
    QTest::mouseClick(child<QRadioButton>(dialog, "modeHeat"), Qt::LeftButton);
    typeInto(child<QSpinBox>(dialog, "minutes"), QStringLiteral("20"));
    typeInto(child<QSpinBox>(dialog, "cycles"), QStringLiteral("3"));
    typeInto(child<QSpinBox>(dialog, "skinCheck"), QStringLiteral("30"));

    const ThermalPlan plan = dialog.plan();
    CHECK(plan.mode == ThermalPlan::Mode::Heat);
    CHECK(plan.phaseMinutes == 20);
    CHECK(plan.cycles == 3);
    CHECK(plan.skinCheckSeconds == 30);
    CHECK(child<QLabel>(dialog, "total")->text() == QStringLiteral("Total time: about 1 hour 1 minute "
                                                                   "(3 phases of 20 minutes and 2 skin checks of 30 "
                                                                   "seconds)."));

    QTest::mouseClick(child<QRadioButton>(dialog, "modeCold"), Qt::LeftButton);
    typeInto(child<QSpinBox>(dialog, "cycles"), QStringLiteral("1"));
    CHECK(dialog.plan().mode == ThermalPlan::Mode::Cold);
    CHECK(child<QLabel>(dialog, "total")->text() ==
          QStringLiteral("Total time: about 20 minutes (1 phase of 20 minutes)."));

    // The chosen settings build the plan the engine plays: one cold phase of 20 minutes.
    const PlanResult built = dialog.plan().build();
    REQUIRE(built.ok());
    REQUIRE(built.plan->steps.size() == 1);
    CHECK(built.plan->steps.at(0).kind == PlanStep::Kind::Cold);
    CHECK(built.plan->steps.at(0).durationMs == 20 * 60'000);
}

TEST_CASE("Ctrl+Enter starts, and the choices are there next time", "[thermal]")
{
    QSettings().clear();
    {
        ThermalDialog dialog;
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        QTest::mouseClick(child<QRadioButton>(dialog, "modeCold"), Qt::LeftButton);
        typeInto(child<QSpinBox>(dialog, "minutes"), QStringLiteral("12"));
        typeInto(child<QSpinBox>(dialog, "cycles"), QStringLiteral("4"));
        typeInto(child<QSpinBox>(dialog, "skinCheck"), QStringLiteral("90"));
        auto* minutes = child<QSpinBox>(dialog, "minutes");
        minutes->setFocus();
        QTest::keyClick(minutes, Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.isHidden());
    }
    {
        ThermalDialog dialog;
        CHECK(child<QRadioButton>(dialog, "modeCold")->isChecked());
        const ThermalPlan plan = dialog.plan();
        CHECK(plan.mode == ThermalPlan::Mode::Cold);
        CHECK(plan.phaseMinutes == 12);
        CHECK(plan.cycles == 4);
        CHECK(plan.skinCheckSeconds == 90);
        CHECK(QSettings().value(QStringLiteral("thermal/mode")).toString() == QStringLiteral("cold"));

        // Cancel leaves the remembered choices alone.
        dialog.show();
        QTest::mouseClick(child<QRadioButton>(dialog, "modeHeat"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "cancel"), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Rejected);
    }
    ThermalDialog third;
    CHECK(third.plan().mode == ThermalPlan::Mode::Cold);
}
