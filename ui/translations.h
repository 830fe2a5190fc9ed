#pragma once

#include <QString>

class QCoreApplication;

namespace gw {

// Installs Gatewatch's catalog (embedded as :/i18n/gatewatch_<lang>.qm) and Qt's own qtbase
// catalog when the system has it, for `language` ("de") or the system locale when it is empty.
// Returns whether Gatewatch's own catalog was found; English needs none and returns false.
bool installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace gw
