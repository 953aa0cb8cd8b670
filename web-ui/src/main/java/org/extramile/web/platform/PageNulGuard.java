package org.extramile.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Answers 400 (the "bad request" page) to a page address or form post that holds a NUL character ({@code %00}): no
 * search, filter, slug or field of ours may contain one, and PostgreSQL refuses it in any text it is asked to compare
 * or store, which would otherwise end on the "something went wrong on our side" page.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PageNulGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (holdsNul(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The query's and the form's parameters, decoded as the page would read them. */
    private static boolean holdsNul(HttpServletRequest request) {
        if (isUpload(request) || request.getContentLengthLong() > PageBodyLimit.MAX_BYTES) {
            // Only the address: reading these parameters would read the upload, which is the page's (or the limit's).
            String query = request.getQueryString();
            return query != null && query.toLowerCase(Locale.ROOT).contains("%00");
        }
        return request.getParameterMap().entrySet().stream()
                .anyMatch(parameter -> parameter.getKey().indexOf('\0') >= 0
                        || Arrays.stream(parameter.getValue()).anyMatch(value -> value.indexOf('\0') >= 0));
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
