#pragma once

#include <QPaintDevice>
#include <QPaintEngine>
#include <QStringList>

namespace unknot::test {

/// A paint device that keeps what is painted on it as text and counts, so a test can read the words of a page
/// (as a PDF reader would) and tell vector shapes from raster images.
class PaintRecorder : public QPaintDevice {
public:
    explicit PaintRecorder(QSize size)
        : m_size(size)
    {
    }

    QPaintEngine* paintEngine() const override { return const_cast<Engine*>(&m_engine); }
    /// Every run of text drawn, in order.
    const QStringList& texts() const { return m_engine.texts; }
    /// All text drawn, joined by new lines.
    QString text() const { return m_engine.texts.join(u'\n'); }
    int paths() const { return m_engine.paths; }
    int images() const { return m_engine.images; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 72;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return 1 << 24;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    class Engine : public QPaintEngine {
    public:
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures)
        {
        }
        using QPaintEngine::drawPolygon;
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override {}
        Type type() const override { return QPaintEngine::User; }
        void drawTextItem(const QPointF&, const QTextItem& item) override { texts.append(item.text()); }
        void drawPath(const QPainterPath&) override { ++paths; }
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override { ++paths; }
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override { ++images; }
        void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override { ++images; }

        QStringList texts;
        int paths = 0;
        int images = 0;
    };

    Engine m_engine;
    QSize m_size;
};

} // namespace unknot::test
