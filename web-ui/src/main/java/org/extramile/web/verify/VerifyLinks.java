package org.extramile.web.verify;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves the address printed on certificates and in their QR codes, /verify/{serial}, with the verification page:
 * a short, stable link that never names a page technology.
 */
@WebFilter("/verify/*")
public class VerifyLinks extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // "/verify/*" also matches "/verify" itself: the form without a serial.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String serial = path.length() > "/verify/".length() ? path.substring("/verify/".length()) : "";
        String page = serial.isEmpty()
                ? "/verify.xhtml"
                : "/verify.xhtml?serial="
                        + URLEncoder.encode(URLDecoder.decode(serial, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        request.getRequestDispatcher(page).forward(request, response);
    }
}
