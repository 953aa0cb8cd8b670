package org.extramile.rubric;

/** Whose labels: a published rubric version's ({@code versionId}), or the scenario's draft's (no version). */
public record LabelScope(Long scenarioId, Long versionId) {

    public static LabelScope draft(Long scenarioId) {
        return new LabelScope(scenarioId, null);
    }

    public static LabelScope version(Long versionId) {
        return new LabelScope(null, versionId);
    }

    boolean isDraft() {
        return versionId == null;
    }
}
