package org.keelson.portal.plan.interfaces.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.keelson.interchange.ImportException;
import org.keelson.interchange.ImportFormat;
import org.keelson.interchange.ImportResult;
import org.keelson.interchange.ProjectImport;
import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanAlreadyExistsException;
import org.keelson.portal.plan.application.PlanNotStorableException;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.security.CurrentUser;
import org.keelson.portal.web.RequestSizeLimit;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;

/**
 * Backs plan/import.xhtml (PMO and ADMIN): a plan from an MS Project (MSPDI XML, .mpp) or Primavera (XER, PMXML)
 * file. The file is read first and the page reports what it gives (elements, dates) and, task by task, what cannot
 * be carried over; the plan is stored only when the user confirms, whole or not at all.
 */
@Named
@ViewScoped
public class PlanImportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private CurrentUser user;

    private transient Part file;
    private String code;
    private String format;
    /** The file read by the preview, kept to be imported on confirmation. */
    private byte[] content;
    private String fileName;
    private transient ImportResult preview;

    /** One line of the import report. */
    public record Note(String taskId, String taskName, String message) implements Serializable {
    }

    /** Reads the uploaded file and shows what it would give; nothing is stored. */
    public void readFile() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage("importForm:file", error(Messages.get("import.noFile")));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, RequestSizeLimit.configuredLimit() + 1));
        } catch (IOException e) {
            faces.addMessage("importForm:file", error(e.getMessage()));
            return;
        }
        fileName = file.getSubmittedFileName();
        if (format == null || format.isBlank()) {
            format = formatOf(fileName);
        }
        preview = read(faces);
    }

    private ImportResult read(FacesContext faces) {
        try {
            return new ProjectImport(RequestSizeLimit.configuredLimit()).read(content, ImportFormat.of(format),
                    code == null ? null : code.strip());
        } catch (ImportException e) {
            Locale locale = Messages.currentLocale();
            faces.addMessage(null, error(e.message(locale)));
            e.problems().forEach(p -> faces.addMessage(null, error(p.path() + ": " + p.message())));
            content = null;
            return null;
        }
    }

    /** Stores the previewed plan and opens its WBS. */
    public String confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (content == null || !PageEdits.mayEditPlans()) {
            return null;
        }
        ImportResult result = read(faces);
        if (result == null) {
            return null;
        }
        try {
            plans.importPlan(result.plan(), user.getUsername(), PlanAction.IMPORT_PLAN);
        } catch (PlanAlreadyExistsException e) {
            faces.addMessage("importForm:code", error(Messages.get("newPlan.codeTaken")));
            return null;
        } catch (PlanNotStorableException e) {
            e.violations().forEach(v -> faces.addMessage(null, error(v.path() + ": " + v.message())));
            return null;
        }
        return "/plan/wbs?faces-redirect=true&code=" + URLEncoder.encode(result.plan().code(), StandardCharsets.UTF_8);
    }

    /** The format a file name suggests: .xml MSPDI, .mpp, .xer, PMXML for .pmxml (a P6 XML is named so here). */
    static String formatOf(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mpp")) {
            return "mpp";
        }
        if (lower.endsWith(".xer")) {
            return "xer";
        }
        if (lower.endsWith(".pmxml")) {
            return "pmxml";
        }
        return "mspdi";
    }

    public boolean isPreviewed() {
        return preview != null;
    }

    public List<Note> getNotes() {
        Locale locale = Messages.currentLocale();
        return preview == null ? List.of() : preview.notes().stream()
                .map(n -> new Note(n.taskId(), n.taskName(), n.message(locale))).toList();
    }

    public int getElementCount() {
        return preview == null ? 0 : preview.plan().wbs().size();
    }

    public LocalDate getStart() {
        return preview == null ? null : preview.plan().wbs().stream().map(Activity::plannedStart)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(preview.plan().startDate());
    }

    public LocalDate getFinish() {
        return preview == null ? null : preview.plan().wbs().stream().map(Activity::plannedFinish)
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    public Plan getPlan() {
        return preview == null ? null : preview.plan();
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getFileName() {
        return fileName;
    }
}
