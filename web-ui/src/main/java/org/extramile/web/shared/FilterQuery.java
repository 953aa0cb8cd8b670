package org.extramile.web.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A page's filters as a query string, named as the REST API names them, so that the page's address, its pages and
 * its export links all carry the very same filter.
 */
public final class FilterQuery {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    public FilterQuery with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parameters.put(name, value.toString().strip());
        }
        return this;
    }

    /** {@code name=value&...}, encoded; empty when no filter is set. */
    public String encoded() {
        return parameters.entrySet().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The path with this query appended after {@code ?} or {@code &}, whichever the path needs. */
    public String appendTo(String path) {
        String query = encoded();
        if (query.isEmpty()) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
