#include "agentcommand.h"
#include "checkcommand.h"
#include "exportcommand.h"
#include "scorecardcommand.h"
#include "verifywebhookcommand.h"
#include "windowcommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --format pdf (or --format=pdf) among the arguments after the command.
bool asksForPdf(int argc, char **argv)
{
    for (int i = 2; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--format=pdf" || (argument == "--format" && i + 1 < argc && QByteArrayView(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(u"gatewatch"_s);
    QCoreApplication::setOrganizationName(u"gatewatch"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEWATCH_VERSION));

    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == u"check" || command == u"agent" || command == u"export" || command == u"scorecard"
        || command == u"verify-webhook") {
        // Headless: no display, no widgets. A scorecard may be drawn into a PDF, which needs the GUI
        // module's fonts and painting, though never a display.
        std::unique_ptr<QCoreApplication> app;
        if (command == u"scorecard" && asksForPdf(argc, argv)) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        const QStringList arguments = QCoreApplication::arguments();
        if (command == u"check")
            return gw::CheckCommand::run(arguments);
        if (command == u"agent")
            return gw::AgentCommand::run(arguments);
        if (command == u"verify-webhook")
            return gw::VerifyWebhookCommand::run(arguments);
        if (command == u"scorecard")
            return gw::ScorecardCommand::run(arguments);
        return gw::ExportCommand::run(arguments);
    }
    return gw::WindowCommand::run(argc, argv);
}
