package org.extramile.rubric;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.extramile.shared.Lists;

/**
 * What the scorer looks for: indicator phrases, groups of interchangeable words, exemplar answers
 * that meet the criterion, and counter-examples, near misses that must not count.
 */
public record Evidence(
        @Size(max = 100, message = "A criterion has at most 100 indicators.")
                List<
                                @NotBlank(message = "An indicator cannot be empty.")
                                @Size(max = 300, message = "An indicator is at most 300 characters.") String>
                        indicators,
        @Size(max = 50, message = "A criterion has at most 50 synonym groups.")
                List<
                                @Size(min = 2, max = 20, message = "A synonym group has 2 to 20 words.") List<
                                        @NotBlank(message = "A synonym cannot be empty.")
                                        @Size(max = 100, message = "A synonym is at most 100 characters.") String>>
                        synonyms,
        @Size(max = 50, message = "A criterion has at most 50 exemplars.")
                List<
                                @NotBlank(message = "An exemplar cannot be empty.")
                                @Size(max = 1000, message = "An exemplar is at most 1000 characters.") String>
                        exemplars,
        @Size(max = 50, message = "A criterion has at most 50 counter-examples.")
                List<
                                @NotBlank(message = "A counter-example cannot be empty.")
                                @Size(max = 1000, message = "A counter-example is at most 1000 characters.") String>
                        counterExamples) {

    public Evidence {
        indicators = Lists.frozen(indicators);
        synonyms = synonyms == null
                ? List.of()
                : synonyms.stream().map(Lists::frozen).toList();
        exemplars = Lists.frozen(exemplars);
        counterExamples = Lists.frozen(counterExamples);
    }

    public static Evidence none() {
        return new Evidence(null, null, null, null);
    }
}
