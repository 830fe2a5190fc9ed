#include "certificatefactory.h"

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QString>

#include <memory>

using namespace Qt::StringLiterals;

namespace gw::sim {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct X509Deleter
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct BioDeleter
{
    void operator()(BIO *p) const { BIO_free(p); }
};
struct ExtDeleter
{
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using Cert = std::unique_ptr<X509, X509Deleter>;
using Bio = std::unique_ptr<BIO, BioDeleter>;

constexpr long Day = 24 * 60 * 60;

Error opensslError(const char *what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return Error{QString::fromLatin1(what) + u": "_s + QString::fromLatin1(buffer)};
}

Pkey makeKey()
{
    return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, ExtDeleter> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

struct Subject
{
    const char *commonName;
    const char *subjectAltName; // nullptr for the CA
    long notBeforeOffset;       // seconds from now
    long notAfterOffset;
    long serial;
};

// Signs with `issuerKey`; a null issuer means self-signed.
Result<Cert> makeCertificate(const Subject &subject, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey)
{
    Cert cert(X509_new());
    if (!cert)
        return opensslError("X509_new");
    X509_set_version(cert.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), subject.serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), subject.notBeforeOffset);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), subject.notAfterOffset);
    X509_set_pubkey(cert.get(), key);

    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Gatewatch Simulator"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(subject.commonName),
                               -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));

    bool extensionsOk = true;
    if (!subject.subjectAltName) {
        extensionsOk = addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE")
                       && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign")
                       && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    } else {
        extensionsOk = addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
                       && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature")
                       && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth")
                       && addExtension(cert.get(), signer, NID_subject_alt_name, subject.subjectAltName)
                       && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
        if (issuer)
            extensionsOk =
                extensionsOk && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    }
    if (!extensionsOk)
        return opensslError("X509 extensions");
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) == 0)
        return opensslError("X509_sign");
    return cert;
}

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

QByteArray certificatePem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return readBio(bio.get());
}

// The traditional "EC PRIVATE KEY" form is what QSslKey(…, QSsl::Ec) reads most reliably.
QByteArray keyPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return readBio(bio.get());
}

} // namespace

const IssuedCertificate &CertificateSet::of(Certificate certificate) const
{
    switch (certificate) {
    case Certificate::Valid:
        return valid;
    case Certificate::Expired:
        return expired;
    case Certificate::SelfSigned:
        return selfSigned;
    case Certificate::WrongHost:
        return wrongHost;
    }
    return valid;
}

Result<CertificateSet> CertificateFactory::generate()
{
    Pkey caKey = makeKey();
    if (!caKey)
        return opensslError("EVP_PKEY_Q_keygen");
    auto ca =
        makeCertificate({"Gatewatch Simulator CA", nullptr, -Day, 3650 * Day, 1}, caKey.get(), nullptr, caKey.get());
    if (!ca.ok())
        return ca.error();

    CertificateSet set;
    set.caCertificatePem = certificatePem(ca.value().get());

    struct Leaf
    {
        IssuedCertificate *target;
        Subject subject;
        bool selfSigned;
    };
    const Leaf leaves[] = {
        {&set.valid, {"localhost", "IP:127.0.0.1,DNS:localhost", -Day, 90 * Day, 2}, false},
        {&set.expiringSoon, {"localhost", "IP:127.0.0.1,DNS:localhost", -78 * Day, 12 * Day, 6}, false},
        {&set.expired, {"localhost", "IP:127.0.0.1,DNS:localhost", -30 * Day, -Day, 3}, false},
        {&set.wrongHost, {"wrong.example", "DNS:wrong.example", -Day, 30 * Day, 4}, false},
        {&set.selfSigned, {"localhost", "IP:127.0.0.1,DNS:localhost", -Day, 30 * Day, 5}, true},
    };
    for (const Leaf &leaf : leaves) {
        Pkey key = makeKey();
        if (!key)
            return opensslError("EVP_PKEY_Q_keygen");
        auto cert = leaf.selfSigned ? makeCertificate(leaf.subject, key.get(), nullptr, key.get())
                                    : makeCertificate(leaf.subject, key.get(), ca.value().get(), caKey.get());
        if (!cert.ok())
            return cert.error();
        leaf.target->certificatePem = certificatePem(cert.value().get());
        leaf.target->privateKeyPem = keyPem(key.get());
    }
    return set;
}

} // namespace gw::sim
