// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"
#include "core/Platform.h"
#include "core/PrivateFiles.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <memory>
#include <vector>

namespace {

QtMessageHandler g_qtHandler = nullptr;

// Qt's PostgreSQL driver warns "Unable to free statement" when a statement is released after the
// server aborted its transaction (a refused save): harmless, as the rollback and the connection
// free it, but raw database text on the user's terminal beside the program's own message.
void quietDriverNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")))
        return;
    g_qtHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    g_qtHandler = qInstallMessageHandler(quietDriverNoise);
    // Only printing a PDF lays out text with Qt Gui; every other command runs on Qt Core alone.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool printing = estatedesk::CliApp::printsPdf(arguments);
    // Without a display (a scheduled task on a server) and no platform chosen by the user, Qt Gui
    // draws offscreen instead of failing to reach an X server.
    std::vector<char *> args(argv, argv + argc);
    char platformOption[] = "-platform";
    char offscreen[] = "offscreen";
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        args.insert(args.begin() + 1, {platformOption, offscreen});
    }
    const QString user = estatedesk::platform::userId();
    if (printing && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && !user.isEmpty()) {
        // Qt Gui wants a private runtime folder and warns on every run without one; a scheduled
        // task often has none. (Windows has no such folder, nor a user number.)
        const QString dir = QDir::tempPath() + QStringLiteral("/estatedesk-runtime-") + user;
        if (estatedesk::PrivateFiles::makeFolder(dir))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    int count = int(args.size());
    args.push_back(nullptr);
    std::unique_ptr<QCoreApplication> owner(printing ? new QGuiApplication(count, args.data())
                                                     : new QCoreApplication(count, args.data()));
    QCoreApplication::setOrganizationName(QStringLiteral("EstateDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("EstateDesk"));
    estatedesk::Translations::install(*owner);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    estatedesk::CliApp cli(out, err, &in);
    const int code = cli.run(arguments);
    out.flush();
    err.flush();
    return code;
}
