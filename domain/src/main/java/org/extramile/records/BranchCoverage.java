package org.extramile.records;

/**
 * One branch's people and how many of them stand certified: {@code enrolled} counts its active trainees,
 * {@code certified} those of them holding a valid certificate of the program. A null code is the people with no
 * branch yet.
 */
public record BranchCoverage(String code, String name, long enrolled, long certified) {

    /** The certified share, 0 to 1; absent when nobody is enrolled, which is not the same as nobody certified. */
    public Double share() {
        return enrolled == 0 ? null : (double) certified / enrolled;
    }
}
