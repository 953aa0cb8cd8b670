package org.extramile.certification;

/** What is stored of a certificate's standing; expiry is read from its date, not stored. */
public enum CertificateStatus {
    ISSUED,
    REVOKED,
    SUPERSEDED
}
