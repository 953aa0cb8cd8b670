package org.extramile.api.certification;

/** Why a certificate is revoked or reissued: required, kept with the record. */
public record ReasonRequest(String reason) {}
