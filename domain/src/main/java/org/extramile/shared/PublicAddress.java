package org.extramile.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where people reach this installation ({@code extramile.public-url}): the links that leave it start here. */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "extramile.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** An address set by hand, for code that runs without the container (tests). */
    public static PublicAddress at(String url) {
        PublicAddress address = new PublicAddress();
        address.publicUrl = url;
        return address;
    }

    /** The installation's address without a trailing slash. */
    public String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A page or resource of this installation, e.g. {@code /certificates.xhtml}. */
    public String of(String path) {
        return base() + path;
    }
}
