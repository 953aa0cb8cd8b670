package org.extramile.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list: its items, which page it is (from 0), the page size and the total. */
public record Page<T>(List<T> items, int page, int size, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    /** The rank of the first item shown, counted from 1. */
    public long from() {
        return (long) page * size + 1;
    }

    /** The rank of the last item shown. */
    public long to() {
        return (long) page * size + items.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return to() < total;
    }

    /** How many pages of this size the total fills: at least one, the empty one. */
    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
