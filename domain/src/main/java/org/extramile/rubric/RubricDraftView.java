package org.extramile.rubric;

import java.time.Instant;
import java.util.List;

/** The draft as an author edits it: send {@code version} back with a change. */
public record RubricDraftView(
        String scenario,
        long version,
        Instant updatedAt,
        String updatedBy,
        List<Criterion> criteria,
        Integer latestPublished) {}
