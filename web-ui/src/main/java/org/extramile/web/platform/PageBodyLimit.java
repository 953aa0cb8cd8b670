package org.extramile.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.extramile.people.RosterImport;

/**
 * A page's form post is at most {@link #MAX_BYTES} (twice the largest roster). Under it, the roster page names the
 * file's size and the limit itself; past it, nothing of the body is read: the container would otherwise store the
 * whole upload on disk before the page could refuse it. The page's script stops such a file before it is sent;
 * this is for a browser without script, and for anyone else. A body sent without its length (chunked, which
 * browsers do not do for forms) is left to the container.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PageBodyLimit extends HttpFilter {

    static final long MAX_BYTES = 2L * RosterImport.MAX_BYTES;

    private static final String BUNDLE = "org.extramile.web.messages";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = language(request);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        // Nothing of the body is read: closing the connection spares reading it only to keep the connection alive.
        response.setHeader("Connection", "close");
        response.setHeader("Content-Security-Policy", SecurityHeaders.POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = escaped(texts.getString("error.413.title"));
        String text = escaped(new MessageFormat(texts.getString("error.413.text"), language)
                .format(new Object[] {MAX_BYTES / (1024 * 1024), RosterImport.MAX_BYTES / (1024 * 1024)}));
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " – ExtraMile</title></head><body><main><section class=\"error-page\" id=\"error-413\"><h1>" + title
                + "</h1><p class=\"lead\">" + text + "</p><p><a href=\"" + escaped(request.getRequestURI()) + "\">"
                + escaped(texts.getString("error.413.back")) + "</a></p></section></main></body></html>");
    }

    /** French for a browser that asks for it first, English otherwise: the pages' two languages. */
    private static Locale language(HttpServletRequest request) {
        return request.getLocale().getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
