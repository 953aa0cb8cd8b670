package org.extramile.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterQueryTest {

    @Test
    void shouldLeaveOutFiltersThatAreNotSet() {
        FilterQuery query = new FilterQuery()
                .with("from", "2026-01-01")
                .with("to", " ")
                .with("program", null)
                .with("branch", "CITY");

        assertThat(query.encoded()).isEqualTo("from=2026-01-01&branch=CITY");
    }

    @Test
    void shouldEncodeValuesSoAFilterSurvivesTheAddress() {
        FilterQuery query = new FilterQuery().with("branch", "A&B =1");

        assertThat(query.encoded()).isEqualTo("branch=A%26B+%3D1");
    }

    @Test
    void shouldAppendAfterAQuestionMarkOrAnAmpersand() {
        FilterQuery query = new FilterQuery().with("status", "valid");

        assertThat(query.appendTo("/api/records/xapi")).isEqualTo("/api/records/xapi?status=valid");
        assertThat(query.appendTo("/api/records?format=csv")).isEqualTo("/api/records?format=csv&status=valid");
        assertThat(new FilterQuery().appendTo("/hr/records.xhtml")).isEqualTo("/hr/records.xhtml");
    }
}
