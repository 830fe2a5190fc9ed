#pragma once

#include "httpmessage.h"

#include <QFont>
#include <QString>

class QPlainTextEdit;
class QTableWidget;
class QWidget;

namespace gw {

// The pieces every evidence pane is made of (failed calls, webhook deliveries), so that headers
// and bodies look and behave the same everywhere.

QFont fixedFont();
// A two-column, read-only table of header names and values.
QTableWidget *headersTable(QWidget *parent, const QString &objectName);
void fillHeaders(QTableWidget *table, const HeaderPairs &headers);
// A read-only, unwrapped, monospaced view of a body.
QPlainTextEdit *bodyView(QWidget *parent, const QString &objectName);

} // namespace gw
