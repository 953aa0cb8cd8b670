package org.extramile.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who issues a program's certificates, as printed on them and named in the signed credential. */
@Embeddable
public record Issuer(
        @Column(name = "issuer_name", nullable = false, length = 200)
                @NotBlank(message = "An issuer needs a name.")
                @Size(max = 200, message = "An issuer's name is at most 200 characters.")
                String name,
        @Column(name = "issuer_url", nullable = false, length = 500)
                @NotBlank(message = "An issuer needs a web address.")
                @Size(max = 500, message = "An issuer's web address is at most 500 characters.")
                @Pattern(regexp = "https?://\\S+", message = "An issuer's web address starts with http:// or https://.")
                String url,
        @Column(name = "issuer_logo_url", length = 500)
                @Size(max = 500, message = "A logo's address is at most 500 characters.")
                @Pattern(regexp = "https?://\\S+", message = "A logo's address starts with http:// or https://.")
                String logoUrl) {}
