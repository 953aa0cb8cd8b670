package org.extramile.web.shared;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The page texts in the language of the current view, for messages that beans add. */
public final class Texts {

    static final String BUNDLE = "org.extramile.web.messages";

    private Texts() {}

    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = bundle();
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** The texts of the current view's language. */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale());
    }

    /** The language of the current view, for numbers and dates. */
    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The text for a key if the bundle has one, otherwise the fallback. */
    static String textOr(String key, String fallback) {
        try {
            return text(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }
}
