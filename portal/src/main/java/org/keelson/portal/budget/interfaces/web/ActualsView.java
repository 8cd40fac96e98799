package org.keelson.portal.budget.interfaces.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.keelson.portal.budget.application.ActualsImport;
import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanNotFoundException;
import org.keelson.portal.plan.interfaces.web.EditedPlanView;
import org.keelson.portal.security.CurrentUser;
import org.keelson.portal.security.Role;
import org.keelson.reports.actuals.ActualsReader;
import org.keelson.simulation.plan.edit.Actuals;

/**
 * Backs budget/actuals.xhtml?code=...: finance's actual costs from Excel or CSV. FINANCE, PMO and ADMIN download the
 * plan's template, upload it filled (or a CSV) and see either every problem at its cell or the changes it makes, old
 * and new actual per line; Confirm writes that same upload on the version previewed ({@link ActualsImport}), so a
 * save by someone else in between is reported as a conflict, not overwritten. Other roles see no upload controls,
 * and the actions refuse them if posted anyway.
 */
@Named
@ViewScoped
public class ActualsView extends EditedPlanView {
    private static final long serialVersionUID = 1L;

    @Inject
    private ActualsImport actuals;

    @Inject
    private CurrentUser user;

    private transient Part file;
    /** The upload previewed, written again on confirmation (view state is serialized: bytes, not records). */
    private byte[] content;
    private ActualsReader.Format format;
    private long previewedVersion;
    private List<Problem> problems = List.of();
    private List<Line> changes = List.of();

    /** One problem of the upload: where ({@code Actuals!E14}, {@code line 7}, {@code $} for the file) and what. */
    public record Problem(String place, String message) implements Serializable {
    }

    /** One budget line's actual as the upload changes it; {@code before} null for a line the upload adds. */
    public record Line(String category, String quarter, Double before, double after) implements Serializable {
    }

    /** Whether the signed-in user records actual costs (FINANCE, PMO, ADMIN). */
    public boolean isMayUpload() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.FINANCE) || external.isUserInRole(Role.Names.PMO)
                || external.isUserInRole(Role.Names.ADMIN);
    }

    /** The template's address in the API, which the signed-in session may use. */
    public String getTemplateUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/plans/"
                + URLEncoder.encode(getCode(), StandardCharsets.UTF_8).replace("+", "%20") + "/actuals/template.xlsx";
    }

    /** Reads the uploaded file and shows its problems or its changes; nothing is written. */
    public void readFile() {
        FacesContext faces = FacesContext.getCurrentInstance();
        clear();
        if (!isMayUpload()) {
            faces.addMessage(null, error(Messages.get("actuals.notAllowed")));
            return;
        }
        if (file == null || file.getSize() == 0) {
            faces.addMessage("actualsForm:file", error(Messages.get("actuals.noFile")));
            return;
        }
        if (file.getSize() > ActualsReader.MAX_BYTES) {
            faces.addMessage("actualsForm:file", error(Messages.get("actuals.tooLarge")));
            return;
        }
        byte[] read;
        try (InputStream in = file.getInputStream()) {
            read = in.readNBytes(ActualsReader.MAX_BYTES + 1);
        } catch (IOException e) {
            faces.addMessage("actualsForm:file", error(e.getMessage()));
            return;
        }
        ActualsReader.Format detected = ActualsReader.Format.of(read);
        ActualsImport.Preview preview;
        try {
            preview = actuals.preview(getCode(), read, detected, Messages.currentLocale());
        } catch (PlanNotFoundException e) {
            faces.addMessage(null, error(Messages.get("edit.gone")));
            return;
        }
        if (!preview.accepted()) {
            problems = preview.problems().stream().map(p -> new Problem(p.path(), p.message())).toList();
            faces.addMessage(null, error(MessageFormat.format(Messages.get("actuals.refused"), problems.size())));
            return;
        }
        content = read;
        format = detected;
        previewedVersion = preview.version();
        changes = preview.changes().stream().map(ActualsView::line).toList();
    }

    /**
     * Writes the previewed upload; refused for a role that may not upload, and on a plan saved since the preview
     * (the upload is then forgotten: checked again on the current plan, it may give other changes).
     */
    public void confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (content == null) {
            faces.addMessage(null, error(Messages.get("actuals.noFile")));
            return;
        }
        ActualsImport.Written[] written = new ActualsImport.Written[1];
        boolean saved = getEdits().run(isMayUpload(), () -> written[0] = actuals.upload(getCode(), previewedVersion,
                user.getUsername(), content, format, Messages.currentLocale()), path -> null);
        if (saved || getEdits().isConflicted()) {
            clear();
        }
        if (saved) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(Messages.get("actuals.written"), written[0].changes().size()), null));
        }
    }

    /** Forgets the upload (after a conflict, the user uploads again on the current plan). */
    public void clear() {
        content = null;
        format = null;
        problems = List.of();
        changes = List.of();
    }

    public boolean isPreviewed() {
        return content != null;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public List<Line> getChanges() {
        return changes;
    }

    /** The category's name in the reader's language. */
    public String categoryName(String code) {
        return plan().budget().categories().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.name().in(Messages.currentLocale())).orElse("");
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    private static Line line(Actuals.Change change) {
        return new Line(change.category(), change.quarter().toString(), change.before(), change.after());
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
