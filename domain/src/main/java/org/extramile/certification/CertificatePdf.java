package org.extramile.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PDF handed out with a certificate, kept byte for byte: a later template never changes it. */
@Entity
@Table(name = "certificate_pdf")
public class CertificatePdf {

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(nullable = false)
    private byte[] content;

    protected CertificatePdf() {}

    CertificatePdf(Long certificateId, byte[] content) {
        this.certificateId = certificateId;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }
}
