package org.keelson.portal.risk.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.risk.application.OwnedRisks;

/**
 * Backs risk/my-risks.xhtml, a risk owner's start page: the risks they own across every plan, highest score first,
 * with their review dates, what is overdue and which response level a trigger has reached.
 */
@Named
@ViewScoped
public class MyRisksView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private OwnedRisks owned;

    private transient List<OwnedRisks.Row> rows;

    public List<OwnedRisks.Row> getRows() {
        if (rows == null) {
            rows = owned.of(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(), getToday());
        }
        return rows;
    }

    /** The date reviews and actions are overdue against. */
    public LocalDate getToday() {
        return LocalDate.now();
    }

    public long getOverdueCount() {
        return getRows().stream().filter(OwnedRisks.Row::overdue).count();
    }
}
