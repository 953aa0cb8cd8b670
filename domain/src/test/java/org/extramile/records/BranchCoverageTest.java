package org.extramile.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BranchCoverageTest {

    @Test
    void shouldGiveTheShareOfEnrolledPeopleWhoAreCertified() {
        BranchCoverage city = new BranchCoverage("CITY", "City", 4, 1);

        assertThat(city.share()).isEqualTo(0.25);
    }

    @Test
    void shouldHaveNoShareWhereNobodyIsEnrolled() {
        BranchCoverage empty = new BranchCoverage("NEW", "New branch", 0, 0);

        assertThat(empty.share()).isNull();
    }
}
