#include "agentcommand.h"
#include "checkcommand.h"
#include "exportcommand.h"
#include "verifywebhookcommand.h"
#include "windowcommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(u"gatewatch"_s);
    QCoreApplication::setOrganizationName(u"gatewatch"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEWATCH_VERSION));

    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == u"check" || command == u"agent" || command == u"export" || command == u"verify-webhook") {
        // Headless: no display, no widgets.
        QCoreApplication app(argc, argv);
        const QStringList arguments = QCoreApplication::arguments();
        if (command == u"check")
            return gw::CheckCommand::run(arguments);
        if (command == u"agent")
            return gw::AgentCommand::run(arguments);
        if (command == u"verify-webhook")
            return gw::VerifyWebhookCommand::run(arguments);
        return gw::ExportCommand::run(arguments);
    }
    return gw::WindowCommand::run(argc, argv);
}
