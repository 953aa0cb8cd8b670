package org.extramile.scoring.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * Tells an answer written in a language other than English, which the scorer cannot read: scored as English it would
 * miss every criterion with no reason a trainee could act on. Apache OpenNLP's language detector (103 languages, from
 * its model artifact) weighs the words; an answer counts as another language only when that language is clearly
 * likelier than English ({@value #ODDS} times: short English in slang or typos stays below 1.3), or when most of its
 * letters are of another script, which the detector weighs poorly in short answers. A short answer the detector
 * finds only somewhat likelier in another language ("Lo siento, no tenemos." 1.5 times, as likely as "soz, none left"
 * is in some other) is told by its small words: at least half of them, and two or more, are function words of one
 * language that English does not have (Lucene's Snowball lists). An answer too short to tell counts as English.
 * Thread-safe; one model per JVM ({@link #shared()}).
 */
public final class AnswerLanguage {

    private static final String MODEL = "langdetect-183.bin";
    private static final String ENGLISH = "eng";
    private static final double ODDS = 2.0;
    private static final int MIN_LETTERS = 10;
    /** The detector reads this much of an answer: enough to tell, and a 20,000-character answer stays cheap. */
    private static final int READ = 1_000;

    /**
     * ISO 639-3 codes, as the detector names languages, to the shortest tags Java knows them by; the detector's
     * individual languages that Java names only by their macrolanguage (Mandarin by Chinese) are added by hand.
     */
    private static final Map<String, String> TAGS = Stream.concat(
                    Stream.of(Locale.getISOLanguages()).map(l -> Map.entry(new Locale(l).getISO3Language(), l)),
                    Map.of("cmn", "zh", "pes", "fa", "lvs", "lv", "ekk", "et", "pnb", "pa", "plt", "mg")
                            .entrySet()
                            .stream())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    /**
     * Function words of the European languages with a Snowball list, by ISO 639-3 code: a short answer is told by
     * them. English's own ("me", "do", "on", "a") are left out of each.
     */
    private static final Map<String, CharArraySet> FUNCTION_WORDS = functionWords(Map.of(
            "spa", SpanishAnalyzer.getDefaultStopSet(),
            "fra", FrenchAnalyzer.getDefaultStopSet(),
            "deu", GermanAnalyzer.getDefaultStopSet(),
            "ita", ItalianAnalyzer.getDefaultStopSet(),
            "por", PortugueseAnalyzer.getDefaultStopSet(),
            "nld", DutchAnalyzer.getDefaultStopSet(),
            "dan", DanishAnalyzer.getDefaultStopSet(),
            "swe", SwedishAnalyzer.getDefaultStopSet(),
            "nob", NorwegianAnalyzer.getDefaultStopSet(),
            "fin", FinnishAnalyzer.getDefaultStopSet()));

    private static final int MIN_FUNCTION_WORDS = 2;

    private final LanguageDetectorME detector;

    private AnswerLanguage() {
        try (InputStream model = AnswerLanguage.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (model == null) {
                throw new IllegalStateException(MODEL + " is not on the class path: add opennlp-models-langdetect");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnswerLanguage shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final AnswerLanguage INSTANCE = new AnswerLanguage();
    }

    /**
     * The language {@code answer} is written in, as a BCP 47 tag ("fr"; "und" when another script gives no
     * language the detector is sure of), when it is not English; empty for English or an answer too short to tell.
     */
    public Optional<String> foreign(String answer) {
        String text = answer.length() > READ ? answer.substring(0, READ) : answer;
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        Language[] languages = detector.predictLanguages(text);
        Language likeliest = languages[0];
        double english = Arrays.stream(languages)
                .filter(l -> l.getLang().equals(ENGLISH))
                .mapToDouble(Language::getConfidence)
                .findFirst()
                .orElse(0);
        boolean otherScript = latinLetters(text) * 2 < letters;
        if (likeliest.getLang().equals(ENGLISH)) {
            return otherScript ? Optional.of("und") : Optional.empty();
        }
        if (otherScript || likeliest.getConfidence() >= ODDS * english) {
            return Optional.of(tag(likeliest.getLang()));
        }
        return byFunctionWords(text, languages).map(AnswerLanguage::tag);
    }

    private static String tag(String iso3) {
        return TAGS.getOrDefault(iso3, iso3);
    }

    /**
     * The language at least half of whose words, and two or more, are its own function words; of two such (Spanish
     * and Portuguese share many), the one with more of them, then the one the detector finds likelier.
     */
    private static Optional<String> byFunctionWords(String text, Language[] languages) {
        List<String> words = Arrays.stream(WORD_BREAK.split(text.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty())
                .toList();
        Map<String, Double> confidence = Arrays.stream(languages)
                .collect(Collectors.toMap(Language::getLang, Language::getConfidence, Math::max));
        return FUNCTION_WORDS.entrySet().stream()
                .map(language -> Map.entry(
                        language.getKey(),
                        words.stream()
                                .filter(w -> Arrays.stream(ELISION.split(w)).anyMatch(language.getValue()::contains))
                                .count()))
                .filter(own -> own.getValue() >= MIN_FUNCTION_WORDS && own.getValue() * 2 >= words.size())
                .max(Comparator.comparing(Map.Entry<String, Long>::getValue)
                        .thenComparing(own -> confidence.getOrDefault(own.getKey(), 0.0))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}'’]+");

    /** French and Italian elide a function word into the next ("c'est", "l'ho"). */
    private static final Pattern ELISION = Pattern.compile("['’]");

    private static Map<String, CharArraySet> functionWords(Map<String, CharArraySet> lists) {
        CharArraySet english = snowball("english_stop.txt");
        return lists.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            CharArraySet own = new CharArraySet(e.getValue().size(), false);
            e.getValue().stream()
                    .map(word -> new String((char[]) word))
                    .filter(w -> !english.contains(w))
                    .forEach(own::add);
            return CharArraySet.unmodifiableSet(own);
        }));
    }

    private static CharArraySet snowball(String list) {
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, list, StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A language's English name ("French"), or "another language" for one Java does not name. */
    public static String name(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equals(tag) ? "another language" : name;
    }

    private static long latinLetters(String text) {
        return text.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
    }
}
