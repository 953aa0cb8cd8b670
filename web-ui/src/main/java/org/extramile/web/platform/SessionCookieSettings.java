package org.extramile.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's Secure flag. Payara sets it by itself when a request came over TLS; behind a proxy that ends
 * TLS, the application only sees plain HTTP, so {@code extramile.security.secure-cookie=true} sets it always. HttpOnly
 * is in web.xml, SameSite in payara-web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean always = ConfigProvider.getConfig()
                .getOptionalValue("extramile.security.secure-cookie", Boolean.class)
                .orElse(false);
        if (always) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
