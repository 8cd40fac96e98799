package org.keelson.portal.risk.application;

/**
 * Who edits risks: PMO and ADMIN edit every risk ({@code editsAll}); a risk owner logs risks and edits those they
 * own ({@code username} is the risk's owner); other roles edit none.
 */
public record RiskEditor(String username, boolean editsAll, boolean ownsRisks) {

    public boolean mayLog() {
        return editsAll || ownsRisks;
    }

    public boolean mayEdit(String owner) {
        return editsAll || ownsRisks && username != null && username.equals(owner);
    }
}
