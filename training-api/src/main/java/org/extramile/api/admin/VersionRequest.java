package org.extramile.api.admin;

/** The version of what the caller saw before changing it; optional, but without it a concurrent edit is missed. */
public record VersionRequest(Long version) {

    static Long of(VersionRequest request) {
        return request == null ? null : request.version();
    }
}
