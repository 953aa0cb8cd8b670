package it.support;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

/** The deployed application's address as tests join paths to it. */
public final class Urls {

    private Urls() {}

    /**
     * The address ending with one slash. Arquillian gives the root context's address with its slash, but once in a
     * while without ("http://host:8824"), and "login.xhtml" joined to that is no address at all.
     */
    public static URL root(URL base) {
        try {
            return URI.create(base.toExternalForm().replaceAll("/+$", "") + "/").toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
