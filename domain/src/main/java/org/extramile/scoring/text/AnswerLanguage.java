package org.extramile.scoring.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells an answer written in a language other than English, which the scorer cannot read: scored as English it would
 * miss every criterion with no reason a trainee could act on. Apache OpenNLP's language detector (103 languages, from
 * its model artifact) weighs the words; an answer counts as another language only when that language is clearly
 * likelier than English ({@value #ODDS} times: short English in slang or typos stays below 1.3), or when most of its
 * letters are of another script, which the detector weighs poorly in short answers. An answer too short to tell
 * counts as English. Thread-safe; one model per JVM ({@link #shared()}).
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
        return otherScript || likeliest.getConfidence() >= ODDS * english
                ? Optional.of(TAGS.getOrDefault(likeliest.getLang(), likeliest.getLang()))
                : Optional.empty();
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
