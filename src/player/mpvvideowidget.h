// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QOpenGLWidget>

struct mpv_render_context;

namespace marquee {

class MpvEngine;

/**
 * @brief Draws an MpvEngine's picture through libmpv's render API (OpenGL) into the widget.
 *
 * The render context is created with the widget's GL context and freed whenever that context goes away
 * (the widget moves to another window) and always before the engine's handle is destroyed.
 */
class MpvVideoWidget : public QOpenGLWidget
{
    Q_OBJECT

public:
    explicit MpvVideoWidget(MpvEngine *engine, QWidget *parent = nullptr);
    ~MpvVideoWidget() override;

    /// True once the render context exists: frames can be drawn.
    [[nodiscard]] bool isRendering() const { return m_render != nullptr; }

protected:
    void initializeGL() override;
    void paintGL() override;

private:
    void freeRenderContext();

    MpvEngine *m_engine;
    mpv_render_context *m_render = nullptr;
};

} // namespace marquee
