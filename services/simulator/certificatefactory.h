#pragma once

#include "result.h"
#include "simulator.h"

#include <QByteArray>

namespace gw::sim {

// A certificate and its private key, both PEM.
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

struct CertificateSet
{
    QByteArray caCertificatePem;
    IssuedCertificate valid;        // 90 days, like the certificates most vendors rotate
    IssuedCertificate expiringSoon; // valid, but only for 12 more days: the demo's renewal reminder
    IssuedCertificate expired;
    IssuedCertificate selfSigned;
    IssuedCertificate wrongHost;

    const IssuedCertificate &of(Certificate certificate) const;
};

// Makes a throw-away CA and the leaf certificates the simulator presents (EC P-256, OpenSSL 3).
// Nothing is cached: every call makes new keys, so no key material ever needs to be checked in.
class CertificateFactory
{
public:
    static Result<CertificateSet> generate();
};

} // namespace gw::sim
