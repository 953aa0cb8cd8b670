package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerLanguageTest {

    private static final AnswerLanguage LANGUAGE = AnswerLanguage.shared();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr | Je suis vraiment désolé, nous n'avons plus l'huile de coco. Prenez le grand pot au même prix.",
                "fr | Désolée, c'est la politique du magasin, je ne peux rien faire.",
                "es | Claro que sí, le traigo otra bebida enseguida, disculpe la espera.",
                "de | Nein, das geht nicht, das ist nicht meine Aufgabe.",
                "pl | Przepraszam, nie mamy już oleju kokosowego. Proszę wziąć duży słoik w tej samej cenie.",
                "nl | Ik ga even kijken in het andere filiaal, een moment alstublieft.",
                "ru | Извините, кокосовое масло закончилось. Возьмите большую банку по той же цене.",
                "ar | آسف جدا، لقد نفد زيت جوز الهند. خذ الجرة الكبيرة بنفس السعر.",
                "zh | 很抱歉，椰子油卖完了。大瓶的同样价格给您。",
                "es | Lo siento, no tenemos.",
                "fr | Je vais vous la chercher.",
                "fr | C'est pas moi, c’est la direction.",
                "de | Tut mir leid, ist aus.",
                "de | Das ist nicht mein Problem.",
                "it | Mi dispiace, non c'è più.",
                "pt | Desculpe, não temos.",
                "nl | Sorry, het is op."
            })
    void shouldTellAnAnswerWrittenInAnotherLanguage(String tag, String answer) {
        assertThat(LANGUAGE.foreign(answer)).contains(tag);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "omg soz bout that, ill grab u one from the shop rn",
                "ya no worries luv, gimme 2 mins",
                "hiya babe wot can i get ya",
                "gonna sort it for ya innit",
                "Im sooo sorry!!! Pls take the bigger jar its on me xx",
                "Coke, diet, store, get, sorry.",
                "soz, none left",
                "Water it is. Still or sparkling?",
                "Morning! Usual?",
                "All good here! Order?",
                "Come on over, man, I'll do it for me mum.",
                "Was it the decaf? Let me see.",
                "Bonjour!",
                "\uD83D\uDE4F\uD83D\uDE4F\uD83D\uDE4F",
                ""
            })
    void shouldReadSlangTyposAndWhatIsTooShortToTellAsEnglish(String answer) {
        assertThat(LANGUAGE.foreign(answer)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"fr, French", "zh, Chinese", "und, another language"})
    void shouldNameTheLanguageInEnglish(String tag, String name) {
        assertThat(AnswerLanguage.name(tag)).isEqualTo(name);
    }
}
