package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.extramile.people.PersonErased;

/**
 * Forgets an erased person in what certification kept: their certificates are revoked and name them no more (the
 * public verification page, the status list and the credential say so), their PDFs are deleted, and HR's reasons for
 * the extra time they were given are erased.
 */
@ApplicationScoped
public class CertificateErasure {

    @Inject
    EntityManager em;

    void onErased(@Observes PersonErased erased) {
        List<Certificate> certificates = em.createQuery(
                        "select c from Certificate c where c.accountId = :account", Certificate.class)
                .setParameter("account", erased.accountId())
                .getResultList();
        certificates.forEach(certificate -> certificate.erase(erased.by(), erased.at()));
        erased.erased("certificates", certificates.size());
        erased.erased(
                "certificatePdfs",
                em.createQuery("delete from CertificatePdf p where p.certificateId in"
                                + " (select c.id from Certificate c where c.accountId = :account)")
                        .setParameter("account", erased.accountId())
                        .executeUpdate());
        List<DeadlineExtension> extensions = em.createQuery(
                        "select e from DeadlineExtension e where e.accountId = :account", DeadlineExtension.class)
                .setParameter("account", erased.accountId())
                .getResultList();
        extensions.forEach(DeadlineExtension::erase);
        erased.erased("deadlineExtensions", extensions.size());
    }
}
