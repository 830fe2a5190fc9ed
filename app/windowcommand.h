#pragma once

#include <QStringList>

namespace gw {

// `gatewatch [--demo] [--config FILE] [--lang de]`: the desktop window. With --demo the vendor
// simulator runs in-process on loopback and its matching configuration is loaded.
class WindowCommand
{
public:
    // Options are parsed before any QApplication exists, so --help and --version work without a display.
    static int run(int &argc, char **argv);
};

} // namespace gw
