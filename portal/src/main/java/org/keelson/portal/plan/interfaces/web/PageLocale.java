package org.keelson.portal.plan.interfaces.web;

import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

import org.keelson.simulation.text.LocalizedText;

/** The language the current view renders in, and what the plan pages need of it. */
final class PageLocale {
    static final String BUNDLE = "org.keelson.portal.plan_messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PageLocale() {
    }

    static Locale current() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }

    /** The labels in the view's language; never those of the server's default locale (hence no fallback). */
    static ResourceBundle messages() {
        return ResourceBundle.getBundle(BUNDLE, current(), NO_FALLBACK);
    }

    static String text(LocalizedText text) {
        return text == null ? "" : text.in(current());
    }
}
