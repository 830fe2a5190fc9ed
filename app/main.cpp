#include "agentcommand.h"
#include "checkcommand.h"
#include "windowcommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(u"gatewatch"_s);
    QCoreApplication::setOrganizationName(u"gatewatch"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEWATCH_VERSION));

    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == u"check" || command == u"agent") {
        // Headless: no display, no widgets.
        QCoreApplication app(argc, argv);
        const QStringList arguments = QCoreApplication::arguments();
        return command == u"check" ? gw::CheckCommand::run(arguments) : gw::AgentCommand::run(arguments);
    }
    return gw::WindowCommand::run(argc, argv);
}
