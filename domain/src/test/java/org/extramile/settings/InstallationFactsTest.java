package org.extramile.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstallationFactsTest {

    @Test
    void shouldDescribeAPostgreSqlDatabaseWithoutItsCredentials() {
        String url = "jdbc:postgresql://db.example.com:5432/extramile?user=em&password=secret";

        assertThat(InstallationFacts.kind(url)).isEqualTo(Installation.DatabaseKind.POSTGRESQL);
        assertThat(InstallationFacts.describe(url)).isEqualTo("db.example.com:5432/extramile");
    }

    @Test
    void shouldDropAUserAndPasswordWrittenBeforeTheHost() {
        assertThat(InstallationFacts.describe("jdbc:postgresql://em:secret@db:5432/extramile"))
                .isEqualTo("db:5432/extramile");
    }

    @Test
    void shouldDescribeTheEmbeddedDatabaseByItsFile() {
        String url = "jdbc:h2:file:/home/em/.extramile/db/extramile;MODE=PostgreSQL;PASSWORD=x";

        assertThat(InstallationFacts.kind(url)).isEqualTo(Installation.DatabaseKind.EMBEDDED);
        assertThat(InstallationFacts.describe(url)).isEqualTo("/home/em/.extramile/db/extramile");
    }
}
