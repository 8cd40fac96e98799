package org.keelson.portal.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The user's language for this session. Starts from the browser's preference as Faces resolved it
 * against faces-config.xml (zh_CN by default) and changes with the switch in the page header.
 */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The languages offered in the header, in display order. Must match faces-config.xml. */
    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            // Not the view root's locale: <f:view locale="#{language.locale}"> would ask this bean again.
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = supportedLocale(faces.getApplication().getViewHandler().calculateLocale(faces).toLanguageTag());
        }
        return locale;
    }

    /** BCP 47 tag of the current language, e.g. "zh-CN", for the html lang attribute. */
    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /**
     * Switches to a supported language given by its BCP 47 tag and reopens the same page with the same
     * view parameters (plan/wbs.xhtml?code=KP-002 stays on KP-002), by a redirect so the address stays
     * bookmarkable.
     */
    public String switchTo(String languageTag) {
        locale = supportedLocale(languageTag);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return sameViewOutcome(faces.getViewRoot().getViewId());
    }

    static String sameViewOutcome(String viewId) {
        return viewId + "?faces-redirect=true&includeViewParams=true";
    }

    public boolean isCurrent(String languageTag) {
        return getLocale().equals(supportedLocale(languageTag));
    }

    /**
     * The supported locale for a BCP 47 tag, matched on the language: "zh", "zh-CN" and "zh-Hans-CN"
     * give zh_CN; "en-GB" gives en.
     *
     * @throws IllegalArgumentException for a language the portal does not offer
     */
    static Locale supportedLocale(String languageTag) {
        Locale requested = Locale.forLanguageTag(languageTag);
        return SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + languageTag));
    }
}
