// SPDX-License-Identifier: GPL-3.0-or-later
// What a poster costs to show: decoding a server-sized JPEG at the grid's size (the pool's work per image)
// against decoding it whole, and a screenful of posters from the disk store into memory through ImageCache.
//
//   build/tests/bench/imagedecode_bench --benchmark_min_time=1
#include "core/clock.h"
#include "demoserver/imagerenderer.h"
#include "services/imagecache.h"
#include "services/imagedecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace marquee;

namespace {

QByteArray demoPoster(const QString &id, int width)
{
    static ImageRenderer renderer;
    DemoImageRequest request;
    request.itemId = id;
    request.imageType = QStringLiteral("Primary");
    request.title = QStringLiteral("The Cartographer's Daughter");
    request.maxWidth = width;
    return renderer.render(request).data;
}

void BM_DecodeAtGridSize(benchmark::State &state)
{
    const QByteArray bytes = demoPoster(QStringLiteral("a"), int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(ImageDecoder::decode(bytes, QSize(150, 225)));
    state.SetLabel(QStringLiteral("%1 KB JPEG").arg(bytes.size() / 1024).toStdString());
}
BENCHMARK(BM_DecodeAtGridSize)->Arg(480)->Arg(1000)->Unit(benchmark::kMicrosecond);

void BM_DecodeWhole(benchmark::State &state)
{
    const QByteArray bytes = demoPoster(QStringLiteral("a"), int(state.range(0)));
    for (auto _ : state) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        benchmark::DoNotOptimize(QImageReader(&buffer).read());
    }
}
BENCHMARK(BM_DecodeWhole)->Arg(480)->Arg(1000)->Unit(benchmark::kMicrosecond);

/// 40 posters (a 1280 × 800 window's grid) from the disk store to decoded images in memory, pool to GUI thread.
void BM_ScreenfulFromDisk(benchmark::State &state)
{
    QTemporaryDir directory;
    SystemClock clock;
    const ImageCache::Options options{directory.filePath(QStringLiteral("images"))};
    QList<ImageSpec> specs;
    ImageStore store(ImageStore::Options{options.directory}, clock);
    for (int i = 0; i < 40; ++i) {
        const ImageSpec spec{QStringLiteral("item%1").arg(i), ImageType::Primary, QStringLiteral("t"), QSize(150, 225)};
        store.put(spec, demoPoster(spec.itemId, 480));
        specs << spec;
    }
    for (auto _ : state) {
        ImageCache cache(options, clock); // a cold memory cache each round
        QObject view;
        int ready = 0;
        QObject::connect(&cache, &ImageCache::imageReady, &view, [&] { ++ready; });
        cache.setWanted(&view, specs);
        while (ready < specs.size())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}
BENCHMARK(BM_ScreenfulFromDisk)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
