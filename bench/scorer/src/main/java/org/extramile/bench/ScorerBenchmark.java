package org.extramile.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionKind;
import org.extramile.scoring.CriterionSpec;
import org.extramile.scoring.LabelledAnswer;
import org.extramile.scoring.LevelSpec;
import org.extramile.scoring.ScoreCard;
import org.extramile.scoring.Scorer;
import org.extramile.scoring.ScoringRubric;
import org.extramile.scoring.evidence.SentenceEncoder;
import org.extramile.scoring.text.AnswerAnalyzer;
import org.extramile.scoring.text.AnswerLanguage;
import org.extramile.scoring.text.Segment;
import org.extramile.scoring.text.Segmenter;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency and throughput of scoring one answer, and the raw embedding time of the same answers' clauses, so the
 * scorer's own overhead shows. The answers are typical trainee answers of one to four sentences.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScorerBenchmark {

    static final List<String> ANSWERS = List.of(
            "We don't have Coke products.",
            "Oh I'm sorry, we don't sell Coca-Cola here. But leave it with me, I'll run over to the little supermarket and be back in a jiffy with your Diet Coke.",
            "I would go to the shop for you, but my manager won't let me leave.",
            "Sorry hun, no Diet Coke on the menu, would you like a lemonade?",
            "Apologies! Coke is one thing we dont have, but I'll be happy to pop to the corner store and get one for you.",
            "That's not how we do things here, you'll have to choose from the menu.",
            "I'm really sorry we don't have it, I know how it is when you fancy something specific. Let me run out and get one for you.",
            "Right away! Oh wait, we have no Coke. I'll dash to the store and be right back with one.");

    /** The middle level names words of its own, as the library's rubrics do, so that their matching is measured. */
    private static final List<LevelSpec> LEVELS = List.of(new LevelSpec("not shown", 0),
            new LevelSpec("partly", 1, List.of("sorry", "next time", "I'll see what I can do")), new LevelSpec("fully", 2));

    static final ScoringRubric RUBRIC = new ScoringRubric("bench-missing-drink@1", List.of(
            new CriterionSpec("acknowledge", "Acknowledges the missing drink kindly", CriterionKind.SCORED, List.of("order"), LEVELS,
                    List.of("sorry", "apologise", "I'm afraid"), List.of(List.of("sorry", "apologies")),
                    List.of("I'm so sorry, we don't carry Coke products here.", "Apologies, we don't stock that one.",
                            "Ah, I'm afraid we only have Pepsi products."), List.of()),
            new CriterionSpec("get-the-drink", "Gets the drink anyway", CriterionKind.CRITICAL, List.of("order"), LEVELS,
                    List.of("get you one", "convenience store", "buy one for you", "pop out"),
                    List.of(List.of("store", "shop"), List.of("get", "grab", "fetch", "buy")),
                    List.of("Let me run to the convenience store and get you a Diet Coke.",
                            "I'll pop out and buy one for you, it will only take a few minutes.",
                            "Give me five minutes and I'll have an ice-cold Diet Coke for you."),
                    List.of("You could get one at the store down the road.", "We only have Pepsi, is that okay?")),
            new CriterionSpec("deflect", "Deflects with what the restaurant lacks or its rules", CriterionKind.PENALTY, List.of("order"),
                    List.of(new LevelSpec("none", 0), new LevelSpec("shown", 2)),
                    List.of("not how we do it", "policy", "not my job"), List.of(),
                    List.of("We don't have Coke products.", "That's not how we do it here.", "Sorry, it's our policy.", "That's not my job."),
                    List.of("Our policy is that the guest comes first."))));

    Scorer scorer;
    SentenceEncoder encoder;
    List<List<String>> clauses;
    Calibration calibration;

    @Setup(Level.Trial)
    public void setUp() {
        scorer = new Scorer();
        encoder = SentenceEncoder.shared();
        Segmenter segmenter = new Segmenter(new AnswerAnalyzer());
        clauses = ANSWERS.stream().map(a -> segmenter.segment(a).stream().map(Segment::text).toList()).toList();
        scorer.score(RUBRIC, "order", ANSWERS.get(0));
        calibration = scorer.calibrate(RUBRIC, labelledAnswers());
        System.out.println("Calibrated on " + calibration.labels() + " answers, "
                + calibration.clauses().texts().size() + " labelled clauses");
    }

    /**
     * A calibration's worth of labelled answers, as many clauses as a library scenario's (about 300): every answer
     * alone and every ordered pair of them, labelled with the default verdicts. Their truth does not matter here;
     * their number does, since each clause of a new answer is compared with every labelled clause.
     */
    private List<LabelledAnswer> labelledAnswers() {
        List<LabelledAnswer> labels = new ArrayList<>();
        for (int i = 0; i < ANSWERS.size(); i++) {
            for (int j = -1; j < ANSWERS.size(); j++) {
                if (i != j) {
                    String text = j < 0 ? ANSWERS.get(i) : ANSWERS.get(i) + " " + ANSWERS.get(j);
                    ScoreCard card = scorer.score(RUBRIC, "order", text);
                    Map<String, String> levels = new TreeMap<>();
                    card.criteria().forEach(c -> levels.put(c.key(), c.level()));
                    card.penalties().forEach(c -> levels.put(c.key(), c.level()));
                    labels.add(new LabelledAnswer("order", text, levels));
                }
            }
        }
        return labels;
    }

    /** Cycles through the answers, one per call. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance() {
            next = (next + 1) % ANSWERS.size();
            return next;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Threads(1)
    public ScoreCard scoreLatency(Cursor cursor) {
        return scorer.score(RUBRIC, "order", ANSWERS.get(cursor.advance()));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public ScoreCard scoreThroughputTwoThreads(Cursor cursor) {
        return scorer.score(RUBRIC, "order", ANSWERS.get(cursor.advance()));
    }

    /** As {@link #scoreLatency}, with a rubric version calibrated on trainers' labels. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Threads(1)
    public ScoreCard scoreLatencyCalibrated(Cursor cursor) {
        return scorer.score(RUBRIC, calibration, "order", ANSWERS.get(cursor.advance()));
    }

    /** The model alone on the same clauses, on the same pool the scorer uses: what the scorer cannot go below. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Threads(1)
    public List<float[]> embedClausesOnPool(Cursor cursor) {
        return encoder.embedAll(clauses.get(cursor.advance()));
    }

    /** The language check alone on the same answers: part of the scorer's overhead, telling an answer it cannot read. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Threads(1)
    public Optional<String> detectLanguage(Cursor cursor) {
        return AnswerLanguage.shared().foreign(ANSWERS.get(cursor.advance()));
    }

    /**
     * The model's time and the scorer's, taken in turns on the same answer in one loop, so that both see the same
     * machine: separate benchmarks run minutes apart, and on a shared machine the model alone has moved by a quarter
     * between them, more than the overhead they were compared for. Each call embeds the answer's clauses and scores it,
     * in alternating order, so that each is as often the one that follows the other; the totals are JMH's secondary
     * results, {@code modelNanos} and {@code scorerNanos}, and the overhead is their difference over the first.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Threads(1)
    public ScoreCard modelAndScorerInTurn(Cursor cursor, Turns turns) {
        return inTurn(cursor.advance(), Calibration.defaults(RUBRIC.id()), turns);
    }

    /** As {@link #modelAndScorerInTurn}, with a rubric version calibrated on trainers' labels. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Threads(1)
    public ScoreCard modelAndCalibratedScorerInTurn(Cursor cursor, Turns turns) {
        return inTurn(cursor.advance(), calibration, turns);
    }

    private ScoreCard inTurn(int answer, Calibration used, Turns turns) {
        ScoreCard card;
        if (turns.modelFirst = !turns.modelFirst) {
            turns.modelNanos += timed(() -> encoder.embedAll(clauses.get(answer)));
            long start = System.nanoTime();
            card = scorer.score(RUBRIC, used, "order", ANSWERS.get(answer));
            turns.scorerNanos += System.nanoTime() - start;
        } else {
            long start = System.nanoTime();
            card = scorer.score(RUBRIC, used, "order", ANSWERS.get(answer));
            turns.scorerNanos += System.nanoTime() - start;
            turns.modelNanos += timed(() -> encoder.embedAll(clauses.get(answer)));
        }
        return card;
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    /** The totals of {@link #modelAndScorerInTurn}, per iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Turns {
        public long modelNanos;
        public long scorerNanos;
        boolean modelFirst;

        @Setup(Level.Iteration)
        public void clear() {
            modelNanos = 0;
            scorerNanos = 0;
        }
    }

    /** The model alone on the same clauses, one after the other on the calling thread. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Threads(1)
    public float[] embedClausesSequentially(Cursor cursor) {
        float[] last = null;
        for (String clause : clauses.get(cursor.advance())) {
            last = encoder.embed(clause);
        }
        return last;
    }
}
