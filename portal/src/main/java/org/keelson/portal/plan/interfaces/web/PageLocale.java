package org.keelson.portal.plan.interfaces.web;

import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

import org.keelson.simulation.plan.LocalizedText;

/** The language the current view renders in, and what the plan pages need of it. */
final class PageLocale {
    static final String BUNDLE = "org.keelson.portal.plan_messages";

    private PageLocale() {
    }

    static Locale current() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }

    static ResourceBundle messages() {
        return ResourceBundle.getBundle(BUNDLE, current());
    }

    static String text(LocalizedText text) {
        return text == null ? "" : text.in(current());
    }
}
