package org.extramile.shared;

import java.util.ArrayList;
import java.util.List;

/** Which page of a list a caller asks for: from 0, 1 to 200 items; 50 unless said. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** The page asked for in query parameters, either of which may be absent. */
    public static PageRequest of(Integer page, Integer size) {
        List<Violation> violations = new ArrayList<>();
        if (page != null && page < 0) {
            violations.add(new Violation("/page", "'page' counts from 0."));
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            violations.add(new Violation("/size", "'size' is 1 to " + MAX_SIZE + "."));
        }
        InvalidException.throwIfAny(violations);
        PageRequest request = new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
        if ((long) request.page * request.size > Integer.MAX_VALUE) {
            throw new InvalidException(List.of(new Violation("/page", "'page' is beyond any list's end.")));
        }
        return request;
    }

    public int offset() {
        return page * size;
    }
}
