// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
