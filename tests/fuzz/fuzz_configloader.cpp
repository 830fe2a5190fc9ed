// ConfigLoader::loadText on arbitrary bytes: never throws, and every error has a sane position.

#include "configloader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const gw::Result<gw::Catalog, gw::ConfigErrors> result =
        gw::ConfigLoader::loadText(yaml, u"/nonexistent/gatewatch.yaml"_s);
    if (result)
        return 0;

    const gw::ConfigErrors &errors = result.error();
    if (errors.isEmpty())
        qFatal("loading failed without an error");
    const qsizetype lines = yaml.count('\n') + 1;
    for (const gw::ConfigError &error : errors) {
        if (error.message.isEmpty())
            qFatal("error without a message");
        if (error.line < 0 || error.line > lines || error.column < 0 || (error.line > 0 && error.column < 1))
            qFatal("error at %d:%d outside a text of %lld lines: %s", error.line, error.column,
                   static_cast<long long>(lines), qPrintable(error.message));
    }
    return 0;
}
