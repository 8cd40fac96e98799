package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanAlreadyExistsException;
import org.keelson.portal.plan.application.PlanNotStorableException;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.PlanSummary;
import org.keelson.portal.security.CurrentUser;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.edit.PlanTemplates;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.ValidationError;
import org.keelson.simulation.text.LocalizedText;

/**
 * Backs plan/new.xhtml (PMO and ADMIN): a new plan, blank or copied from another plan as a template, with its code,
 * names, currency, language, manager, start date, deadline and discount rate. The plan is checked by the rules of
 * the interchange format before it is stored; each problem is shown next to its field. Opens the WBS page of the new
 * plan, where its elements are added.
 */
@Named
@ViewScoped
public class NewPlanView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final PlanJson CHECKER = new PlanJson();

    @Inject
    private PlanService plans;

    @Inject
    private CurrentUser user;

    private String code;
    private String nameZh;
    private String nameEn;
    private String currency = "CNY";
    private String locale = "zh-CN";
    private String manager;
    private LocalDate startDate = LocalDate.now();
    private LocalDate deadline;
    private Double discountRate = 0.08;
    private String template;
    private transient List<PlanSummary> templates;

    public List<PlanSummary> getTemplates() {
        if (templates == null) {
            templates = plans.listSummaries();
        }
        return templates;
    }

    public boolean isMayCreate() {
        return PageEdits.mayEditPlans();
    }

    /** Stores the plan and opens its WBS page; stays on the page with the problems otherwise. */
    public String create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isMayCreate()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get("edit.notAllowed"), null));
            return null;
        }
        PlanTemplates.Header header = new PlanTemplates.Header(code == null ? null : code.strip(),
                LocalizedText.of(FormValues.blankToNull(nameZh), FormValues.blankToNull(nameEn)), currency, locale, FormValues.blankToNull(manager),
                startDate, deadline, discountRate);
        Plan plan;
        if (template == null || template.isBlank()) {
            plan = PlanTemplates.blank(header);
        } else {
            Plan source = plans.findPlan(template).orElse(null);
            if (source == null) {
                faces.addMessage("newPlanForm:template", error(Messages.get("edit.gone")));
                return null;
            }
            plan = PlanTemplates.copy(source, header);
        }
        List<ValidationError> problems = CHECKER.validate(plan);
        if (!problems.isEmpty()) {
            problems.forEach(p -> faces.addMessage(field(p.path()), error(field(p.path()) == null
                    ? p.path() + ": " + p.message() : p.message())));
            faces.validationFailed();
            return null;
        }
        try {
            plans.importPlan(plan, user.getUsername(), PlanAction.CREATE_PLAN);
        } catch (PlanAlreadyExistsException e) {
            faces.addMessage("newPlanForm:code", error(Messages.get("newPlan.codeTaken")));
            faces.validationFailed();
            return null;
        } catch (PlanNotStorableException e) {
            e.violations().forEach(v -> faces.addMessage(field(v.path()), error(v.message())));
            faces.validationFailed();
            return null;
        }
        return "/plan/wbs?faces-redirect=true&code=" + URLEncoder.encode(plan.code(), StandardCharsets.UTF_8);
    }

    /** The input a problem of the new plan belongs to. */
    private static String field(String path) {
        return switch (path) {
            case "code" -> "newPlanForm:code";
            case "name", "name.zh" -> "newPlanForm:nameZh";
            case "name.en" -> "newPlanForm:nameEn";
            case "currency" -> "newPlanForm:currency";
            case "manager" -> "newPlanForm:manager";
            case "startDate" -> "newPlanForm:startDate";
            case "deadline" -> "newPlanForm:deadline";
            case "benefits.discountRate" -> "newPlanForm:discountRate";
            default -> null;
        };
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }


    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Double getDiscountRate() {
        return discountRate;
    }

    public void setDiscountRate(Double discountRate) {
        this.discountRate = discountRate;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }
}
