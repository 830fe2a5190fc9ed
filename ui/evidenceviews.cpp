#include "evidenceviews.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace gw {

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QTableWidget *headersTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({QCoreApplication::translate("gw::EvidenceViews", "Header"),
                                      QCoreApplication::translate("gw::EvidenceViews", "Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    return table;
}

void fillHeaders(QTableWidget *table, const HeaderPairs &headers)
{
    table->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(headers.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(headers.at(row).second));
        table->item(row, 1)->setToolTip(headers.at(row).second);
    }
}

QPlainTextEdit *bodyView(QWidget *parent, const QString &objectName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setFont(fixedFont());
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

} // namespace gw
