package org.extramile.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.extramile.people.Accounts;

/**
 * The language the pages speak for this visitor, chosen in the header (or else the browser's) and kept for the
 * session; recorded on the account of whoever is logged in, for their mail.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages with a complete resource bundle; the first is the default. */
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Inject
    Accounts accounts;

    private Locale locale;

    /** Who was last told to speak which language ("ann:fr"), so that it is written once a session and per switch. */
    private String remembered;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromBrowser();
        }
        rememberForMail();
        return locale;
    }

    /** The person logged in reads the pages in this language: the mail they are sent will speak it too. */
    private void rememberForMail() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String caller = faces == null ? null : faces.getExternalContext().getRemoteUser();
        String speaking = caller + ":" + locale.getLanguage();
        if (caller != null && !speaking.equals(remembered)) {
            accounts.speaks(caller, locale.getLanguage());
            remembered = speaking;
        }
    }

    /** The other languages, to offer in the switch. */
    public List<Locale> getOthers() {
        return SUPPORTED.stream().filter(l -> !l.equals(getLocale())).toList();
    }

    /** The name of a language in that language, as a switch shows it ("Français"). */
    public String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** Switches, then shows the same page again (with its parameters) in the new language. */
    public String switchTo(String tag) {
        Locale wanted = Locale.forLanguageTag(tag);
        if (SUPPORTED.contains(wanted)) {
            locale = wanted;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(getLocale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private static Locale fromBrowser() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            var preferred = faces.getExternalContext().getRequestLocales();
            while (preferred.hasNext()) {
                Locale candidate = Locale.forLanguageTag(preferred.next().getLanguage());
                if (SUPPORTED.contains(candidate)) {
                    return candidate;
                }
            }
        }
        return SUPPORTED.get(0);
    }
}
