package org.extramile.rubric;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.extramile.shared.Lists;

/**
 * One level of a criterion, e.g. "partly": what it looks like and its points (lost, for a penalty). Its indicators
 * are words that earn at least this level wherever they are said and not negated ("sorry" for "a bare sorry"), as a
 * trainer's descriptor names them; the first level has none, since an answer reaches it without a word.
 */
public record Level(
        @NotBlank(message = "A level needs a name, e.g. 'fully'.")
                @Size(max = 60, message = "A level's name is at most 60 characters.")
                String name,
        @Size(max = 500, message = "A level's descriptor is at most 500 characters.") String descriptor,
        @PositiveOrZero(message = "A level's points cannot be negative (a penalty's points are deducted).")
                @Max(value = 100, message = "A level is worth at most 100 points.")
                int points,
        @Size(max = 20, message = "A level has at most 20 indicators.")
                List<
                                @NotBlank(message = "A level's indicator cannot be empty.")
                                @Size(max = 300, message = "A level's indicator is at most 300 characters.") String>
                        indicators) {

    public Level {
        indicators = Lists.frozen(indicators);
    }
}
