package org.keelson.portal.plan.interfaces.web;

/** How the editing pages read a text field: surrounding blanks dropped, an empty field is an absent value. */
final class FormValues {

    private FormValues() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
