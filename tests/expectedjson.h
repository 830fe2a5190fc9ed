#pragma once

// Hand-written expected JSON, compared with what the code under test produced: both sides as
// compact JSON with the keys sorted, so a difference shows where it is.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtGlobal>

namespace gw::test {

inline QByteArray canonical(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Compact);
}

inline QByteArray expectedJson(const QByteArray &handWritten)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(handWritten, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("the expected JSON does not parse: %s", qPrintable(error.errorString()));
    return canonical(document);
}

} // namespace gw::test
