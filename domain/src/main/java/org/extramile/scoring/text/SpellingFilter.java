package org.extramile.scoring.text;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings British and American spelling and a few dialect words together ("apologise", "colour", "whilst",
 * "till"), so a rubric written in one matches answers written in the other. Applied to rubric and answer alike,
 * so an unusual rewrite ("promise" to "promize") is harmless.
 */
final class SpellingFilter extends TokenFilter {

    private static final Pattern ISE = Pattern.compile("(\\w{3,})is(e|ed|es|ing|ation|ations)$");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("colour", "color"),
            Map.entry("favour", "favor"),
            Map.entry("favourite", "favorite"),
            Map.entry("flavour", "flavor"),
            Map.entry("behaviour", "behavior"),
            Map.entry("neighbour", "neighbor"),
            Map.entry("honour", "honor"),
            Map.entry("centre", "center"),
            Map.entry("cheque", "check"),
            Map.entry("whilst", "while"),
            Map.entry("amongst", "among"),
            Map.entry("cancelled", "canceled"),
            Map.entry("travelled", "traveled"),
            Map.entry("travelling", "traveling"),
            Map.entry("grey", "gray"),
            Map.entry("mum", "mom"),
            Map.entry("shop", "store"),
            Map.entry("shops", "stores"),
            Map.entry("till", "register"),
            Map.entry("tills", "registers"),
            Map.entry("mobile", "cellphone"),
            Map.entry("trolley", "cart"),
            Map.entry("ok", "okay"),
            Map.entry("sry", "sorry"),
            Map.entry("soz", "sorry"),
            Map.entry("pls", "please"),
            Map.entry("plz", "please"),
            Map.entry("u", "you"),
            Map.entry("ur", "your"),
            Map.entry("thx", "thanks"),
            Map.entry("asap", "immediately"),
            Map.entry("rn", "now"),
            Map.entry("cheers", "thanks"));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String mapped = WORDS.get(word);
        if (mapped == null && word.length() > 6 && word.contains("is")) {
            var matcher = ISE.matcher(word);
            if (matcher.find()) {
                mapped = matcher.group(1) + "iz" + matcher.group(2);
            }
        }
        if (mapped != null) {
            term.setEmpty().append(mapped);
        }
        return true;
    }
}
