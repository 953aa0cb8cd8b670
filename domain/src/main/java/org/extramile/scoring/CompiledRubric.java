package org.extramile.scoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.extramile.scoring.evidence.Exemplar;
import org.extramile.scoring.evidence.LexicalEvidence;
import org.extramile.scoring.evidence.SemanticEvidence;
import org.extramile.scoring.evidence.SentenceEncoder;
import org.extramile.scoring.text.AnswerAnalyzer;
import org.extramile.scoring.text.Apology;
import org.extramile.scoring.text.Negation;
import org.extramile.scoring.text.Price;
import org.extramile.scoring.text.Segment;
import org.extramile.scoring.text.Segmenter;

/**
 * A rubric version ready to score: every criterion compiled, every exemplar and counter-example embedded once
 * ({@code exemplars}, by text).
 */
record CompiledRubric(ScoringRubric rubric, Map<String, CompiledCriterion> criteria, Map<String, Exemplar> exemplars) {

    /** @param known texts already embedded, by text: they are not embedded again */
    static CompiledRubric compile(
            ScoringRubric rubric,
            AnswerAnalyzer analyzer,
            Segmenter segmenter,
            SentenceEncoder encoder,
            Map<String, Exemplar> known) {
        Set<String> texts = new LinkedHashSet<>();
        for (CriterionSpec c : rubric.criteria()) {
            texts.addAll(exemplarTexts(c));
            texts.addAll(counterTexts(c));
        }
        List<String> unknown = texts.stream().filter(t -> !known.containsKey(t)).toList();
        List<float[]> vectors = encoder.embedAll(unknown);
        Map<String, Exemplar> embedded = new HashMap<>(known);
        for (int i = 0; i < unknown.size(); i++) {
            String text = unknown.get(i);
            embedded.put(text, new Exemplar(text, vectors.get(i), negated(text, segmenter)));
        }
        Map<String, Exemplar> exemplars = new LinkedHashMap<>();
        texts.forEach(text -> exemplars.put(text, embedded.get(text)));
        Map<String, CompiledCriterion> compiled = new LinkedHashMap<>();
        for (CriterionSpec c : rubric.criteria()) {
            LexicalEvidence lexical =
                    LexicalEvidence.compile(analyzer, c.indicators(), c.synonyms(), c.kind() != CriterionKind.PENALTY);
            SemanticEvidence semantic = new SemanticEvidence(
                    exemplarTexts(c).stream().map(exemplars::get).toList(),
                    counterTexts(c).stream().map(exemplars::get).toList());
            List<LexicalEvidence> levels = c.levels().stream()
                    .map(l -> LexicalEvidence.compileLevelWords(
                            analyzer, l.indicators(), c.synonyms(), c.kind() != CriterionKind.PENALTY))
                    .toList();
            compiled.put(
                    c.key(),
                    new CompiledCriterion(
                            c,
                            lexical,
                            semantic,
                            levels,
                            apologyBlaming(counterTexts(c), segmenter),
                            wrongSums(c),
                            undoneBy(counterTexts(c), segmenter)));
        }
        return new CompiledRubric(rubric, Map.copyOf(compiled), Map.copyOf(exemplars));
    }

    CompiledCriterion criterion(String key) {
        return criteria.get(key);
    }

    /** A rubric without exemplars still gets semantic evidence from its indicators. */
    private static List<String> exemplarTexts(CriterionSpec c) {
        List<String> texts = c.exemplars().isEmpty() ? c.indicators() : c.exemplars();
        return texts.stream().filter(t -> !t.isBlank()).toList();
    }

    private static List<String> counterTexts(CriterionSpec c) {
        return c.counterExamples().stream().filter(t -> !t.isBlank()).toList();
    }

    private static boolean apologyBlaming(List<String> counterExamples, Segmenter segmenter) {
        return counterExamples.stream().map(segmenter::segment).anyMatch(clauses -> IntStream.range(0, clauses.size())
                .anyMatch(i -> Apology.blameBeside(clauses, i).isPresent()));
    }

    private static Set<Undoing> undoneBy(List<String> counterExamples, Segmenter segmenter) {
        List<Segment> clauses = counterExamples.stream()
                .map(segmenter::segment)
                .flatMap(List::stream)
                .toList();
        return Set.copyOf(Stream.of(Undoing.values())
                .filter(u -> clauses.stream().anyMatch(u::saidIn))
                .toList());
    }

    /** The sums only counter-examples name: the price the author wrote down as not the offer. */
    private static Map<String, String> wrongSums(CriterionSpec c) {
        Set<String> right = new HashSet<>();
        Stream.of(
                        c.indicators(),
                        c.exemplars(),
                        c.levels().stream()
                                .flatMap(l -> l.indicators().stream())
                                .toList())
                .flatMap(List::stream)
                .forEach(text -> right.addAll(Price.named(text)));
        Map<String, String> wrong = new LinkedHashMap<>();
        counterTexts(c).forEach(text -> Price.named(text).stream()
                .filter(sum -> !right.contains(sum))
                .forEach(sum -> wrong.putIfAbsent(sum, text)));
        return Map.copyOf(wrong);
    }

    /** An exemplar is negated when every clause of it is: "Sorry, we're out, but I'll get you one" is an offer. */
    private static boolean negated(String text, Segmenter segmenter) {
        List<Segment> clauses = segmenter.segment(text);
        return !clauses.isEmpty()
                && clauses.stream().allMatch(s -> Negation.negatorOf(s.tokens()).isPresent());
    }
}
