package org.extramile.certification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The revocation status list (W3C Bitstring Status List): bit i is set when the certificate with status index i was
 * revoked or superseded. The list is at least 131,072 bits, so a set bit says nothing about who it is.
 */
final class StatusList {

    private static final int MIN_BITS = 131_072;

    private StatusList() {}

    static Map<String, Object> credential(BitSet withdrawn, int size, String id, String issuer, java.time.Instant now) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", id + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", encode(withdrawn, size));
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", id);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", issuer);
        credential.put(
                "validFrom",
                now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        credential.put("credentialSubject", subject);
        return credential;
    }

    /** Multibase base64url (prefix u) of the GZIP of the bits, the first bit being the most significant of byte 0. */
    static String encode(BitSet withdrawn, int size) {
        int bits = Math.max(MIN_BITS, (size + 7) / 8 * 8);
        byte[] bytes = new byte[bits / 8];
        withdrawn.stream().forEach(i -> bytes[i / 8] |= (byte) (0x80 >>> (i % 8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
