package org.extramile.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LibraryPackTest {

    @Test
    void shouldShipAPackForEverySeededScenario() {
        for (String slug : LibraryPack.SLUGS) {
            LibraryPack pack = LibraryPack.load(slug);

            assertThat(pack.slug()).isEqualTo(slug);
            assertThat(pack.title()).isNotBlank();
            assertThat(pack.summary()).isNotBlank();
        }
    }

    @Test
    void shouldNameASourceStoryThatExists() {
        Path seeds = Path.of("..", "..", "shared", "seeds");
        for (String slug : LibraryPack.SLUGS) {
            String story = LibraryPack.load(slug).sourceStory();

            assertThat(story).matches("\\d{3}_[0-9a-f]{16}\\.txt");
            if (Files.isDirectory(seeds)) {
                assertThat(seeds.resolve(story)).exists();
            }
        }
    }
}
