#pragma once

#include <QStringList>

namespace gw {

// `gatewatch verify-webhook --scheme NAME (--secret-env VAR | --secret-file FILE)
// [--previous-secret-file FILE]... --header 'Name: value'... --body-file FILE [--now SECONDS]
// [--tolerance SECONDS]`: checks one delivery's signature and prints one line starting with the
// verdict. Exit 0 for valid and valid-previous-secret, 1 for any other verdict, 2 on usage errors.
// Reads no configuration: everything it needs is on the command line.
class VerifyWebhookCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gw
