// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/mpvvideowidget.h"

#include "core/logging.h"
#include "player/mpvengine.h"

#include <QOpenGLContext>

#include <mpv/render_gl.h>

namespace marquee {

namespace {

void *procAddress(void *, const char *name)
{
    QOpenGLContext *context = QOpenGLContext::currentContext();
    return context ? reinterpret_cast<void *>(context->getProcAddress(name)) : nullptr;
}

} // namespace

MpvVideoWidget::MpvVideoWidget(MpvEngine *engine, QWidget *parent)
    : QOpenGLWidget(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("videoSurface"));
    setMinimumSize(160, 90);
    connect(engine, &MpvEngine::handleAboutToBeDestroyed, this, [this] {
        freeRenderContext();
        m_engine = nullptr;
    });
}

MpvVideoWidget::~MpvVideoWidget()
{
    freeRenderContext();
}

void MpvVideoWidget::initializeGL()
{
    if (!m_engine || !m_engine->handle() || m_render)
        return;
    mpv_opengl_init_params glInit{&procAddress, nullptr};
    mpv_render_param params[] = {
        {MPV_RENDER_PARAM_API_TYPE, const_cast<char *>(MPV_RENDER_API_TYPE_OPENGL)},
        {MPV_RENDER_PARAM_OPENGL_INIT_PARAMS, &glInit},
        {MPV_RENDER_PARAM_INVALID, nullptr},
    };
    if (const int error = mpv_render_context_create(&m_render, m_engine->handle(), params); error < 0) {
        qCWarning(lcPlayer) << "mpv render context not created:" << mpv_error_string(error);
        m_render = nullptr;
        return;
    }
    // Called on mpv's render thread: only ask the GUI thread to repaint.
    mpv_render_context_set_update_callback(
        m_render,
        [](void *widget) {
            QMetaObject::invokeMethod(static_cast<MpvVideoWidget *>(widget), qOverload<>(&QWidget::update),
                                      Qt::QueuedConnection);
        },
        this);
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &MpvVideoWidget::freeRenderContext,
            Qt::DirectConnection);
    m_engine->setRenderContextReady(true);
}

void MpvVideoWidget::paintGL()
{
    if (!m_render)
        return;
    const qreal ratio = devicePixelRatioF();
    mpv_opengl_fbo fbo{int(defaultFramebufferObject()), int(width() * ratio), int(height() * ratio), 0};
    int flipY = 1;
    mpv_render_param params[] = {
        {MPV_RENDER_PARAM_OPENGL_FBO, &fbo},
        {MPV_RENDER_PARAM_FLIP_Y, &flipY},
        {MPV_RENDER_PARAM_INVALID, nullptr},
    };
    mpv_render_context_render(m_render, params);
}

void MpvVideoWidget::freeRenderContext()
{
    if (!m_render)
        return;
    if (m_engine)
        m_engine->setRenderContextReady(false);
    // mpv calls into GL while it frees the context's resources.
    makeCurrent();
    mpv_render_context_set_update_callback(m_render, nullptr, nullptr);
    mpv_render_context_free(m_render);
    m_render = nullptr;
    doneCurrent();
}

} // namespace marquee
