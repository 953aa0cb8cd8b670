package org.extramile.scoring.text;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sums of money a text names ("$18.99", "£12", "6.99"), each as units and cents ("18.99", "12.00"), so that
 * "the big jar is $18.99" can be told from "have it for $6.99". A bare whole number ("three times", "28 oz") is no
 * sum.
 */
public final class Price {

    private static final Pattern SUM =
            Pattern.compile("(?<![\\d.,])(?:[$\u00a3\u20ac]\\s?(\\d+)(?:[.,](\\d{2}))?|(\\d+)[.,](\\d{2}))(?!\\d)");

    private Price() {}

    public static Set<String> named(String text) {
        Set<String> sums = new LinkedHashSet<>();
        Matcher m = SUM.matcher(text);
        while (m.find()) {
            String units = m.group(1) != null ? m.group(1) : m.group(3);
            String cents = m.group(1) != null ? m.group(2) : m.group(4);
            sums.add(Integer.parseInt(units) + "." + (cents == null ? "00" : cents));
        }
        return sums;
    }
}
