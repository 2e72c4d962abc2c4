// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <cstring>
#include <QDir>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#include <memory>

int main(int argc, char *argv[])
{
    // Printing a report lays out text with Qt Gui; everything else needs only Qt Core. Without a
    // display (a scheduled task on a server) Gui works offscreen.
    bool printing = false;
    for (int i = 1; i < argc; ++i)
        printing = printing || std::strcmp(argv[i], "report") == 0;
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (printing && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt Gui wants a private runtime folder; a scheduled task may not have one.
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/estatedesk-runtime-" + QByteArray::number(quint64(getuid()));
        if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    std::unique_ptr<QCoreApplication> owner(printing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *owner;
    QCoreApplication::setOrganizationName(QStringLiteral("EstateDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("EstateDesk"));
    estatedesk::Translations::install(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    estatedesk::CliApp cli(out, err, &in);
    const int code = cli.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
