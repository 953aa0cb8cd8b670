package org.extramile.web.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns where a rule was broken, a JSON pointer ({@code /criteria/0/levels/1/points}) or a Bean
 * Validation path ({@code revise.rubric.criteria[0].levels[1].points}), into words a trainer
 * reads: "Criterion 1 › Level 2 › Points".
 */
public final class FieldNames {

    private final UnaryOperator<String> labels;

    /** {@code labels} gives the label of a field name, e.g. "levels" → "Level". */
    public FieldNames(UnaryOperator<String> labels) {
        this.labels = labels;
    }

    public String ofPointer(String pointer) {
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.split("/")) {
            if (!token.isEmpty()) {
                tokens.add(token.replace("~1", "/").replace("~0", "~"));
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (isIndex(token)) {
                continue;
            }
            String label = labels.apply(token);
            boolean indexed = i + 1 < tokens.size() && isIndex(tokens.get(i + 1));
            words.add(indexed ? label + " " + (Integer.parseInt(tokens.get(i + 1)) + 1) : label);
        }
        return String.join(" › ", words);
    }

    /** The path of a violation below the method and its parameter, as a pointer, then in words. */
    public String of(ConstraintViolation<?> violation) {
        return ofPointer(pointerOf(violation.getPropertyPath()));
    }

    static String pointerOf(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.toString();
    }

    private static boolean isIndex(String token) {
        return token.chars().allMatch(Character::isDigit) && !token.isEmpty();
    }
}
