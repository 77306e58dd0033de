// SPDX-License-Identifier: GPL-3.0-or-later
// marquee-demo-server: the Jellyfin-compatible demo server on its own, for manual testing,
// benchmarks and the contract test. Prints "listening on http://127.0.0.1:PORT" once ready, and with --plex-port
// "Plex face listening on http://127.0.0.1:PORT (token …)".
#include "demoserver/demoserver.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <csignal>

int main(int argc, char **argv)
{
    // Posters are drawn with QPainter, which needs a GUI application; no display is used.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("marquee-demo-server"));
    QGuiApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Jellyfin-compatible demo server (user demo, password demo)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0: any free port)."), QStringLiteral("port"), QStringLiteral("8096"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to listen on."), QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption movies(QStringLiteral("movies"), QStringLiteral("Number of movies."), QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption series(QStringLiteral("series"), QStringLiteral("Number of series (1-6 seasons of 6-24 episodes)."), QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated library."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay added to every API answer."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"), QStringLiteral("Fraction (0-1) of API answers replaced by 500/503."), QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption plexPort(QStringLiteral("plex-port"),
                                      QStringLiteral("Also serve the library as a Plex Media Server (and plex.tv's "
                                                     "sign-in) on this port (0: any free port)."),
                                      QStringLiteral("port"));
    parser.addOptions({port, bind, movies, series, seed, latency, errorRate, plexPort});
    parser.process(app);

    marquee::DemoServerOptions options;
    bool ok = true;
    auto number = [&](const QCommandLineOption &option) {
        bool valid = false;
        const qlonglong v = parser.value(option).toLongLong(&valid);
        ok = ok && valid && v >= 0;
        return v;
    };
    options.port = quint16(number(port));
    options.movies = int(number(movies));
    options.series = int(number(series));
    options.seed = quint64(number(seed));
    options.latencyMs = int(number(latency));
    options.errorRate = parser.value(errorRate).toDouble(&ok);
    if (parser.isSet(plexPort))
        options.plexPort = quint16(number(plexPort));
    options.address = QHostAddress(parser.value(bind));
    QTextStream err(stderr);
    if (!ok || options.address.isNull()) {
        err << "marquee-demo-server: invalid option value\n";
        return 2;
    }

    marquee::DemoServer server(options);
    QString error;
    if (!server.start(&error)) {
        err << "marquee-demo-server: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "marquee-demo-server: " << server.itemCount() << " items, listening on " << server.baseUrl().toString()
        << " (user demo, password demo)\n";
    if (server.plexPort() != 0)
        out << "marquee-demo-server: Plex face listening on " << server.plexBaseUrl().toString() << " (token "
            << server.plexServerToken() << ")\n";
    out.flush();

    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    const int rc = QGuiApplication::exec();
    server.stop();
    return rc;
}
