#include "journal/TrendPlot.h"

#include "common/Module.h"

namespace unknot {

TrendPlot* TrendPlot::create(QWidget* parent)
{
    auto* factory = module::load<TrendPlotFactory>(QStringLiteral("unknot_charts"));
    return factory ? factory->create(parent) : nullptr;
}

} // namespace unknot
