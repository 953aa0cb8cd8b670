package org.extramile.rubric;

import java.time.Instant;
import java.util.List;
import org.extramile.scenario.Script;

/** A published version, whole: the criteria with the script and pass mark they were published with. */
public record RubricVersionView(
        String scenario,
        int number,
        Instant publishedAt,
        String publishedBy,
        double passMark,
        Script script,
        List<Criterion> criteria) {

    static RubricVersionView of(String slug, RubricVersion version) {
        return new RubricVersionView(
                slug,
                version.number(),
                version.publishedAt(),
                version.publishedBy(),
                version.passMark(),
                version.script(),
                version.rubric().criteria());
    }
}
