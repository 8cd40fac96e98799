package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.security.CurrentUser;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.plan.edit.PlanBuilder;
import org.keelson.simulation.text.LocalizedText;

/**
 * Backs plan/settings.xhtml?code=...: the plan's own settings (names, manager, status, deadline, discount rate) and
 * its calendar: the working week, holidays (e.g. 国庆节 2025-10-01..08) and make-up working days (调休, e.g. a
 * Sunday worked before a holiday), as MS Project's "Change Working Time" and P6's calendars edit them. PMO and ADMIN
 * edit; others read. Saving reschedules the plan when the calendar changed.
 */
@Named
@ViewScoped
public class SettingsView extends PlanRecordView<Plan> {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "settingsForm:nameZh",
            "name.zh", "settingsForm:nameZh", "name.en", "settingsForm:nameEn", "manager", "settingsForm:manager",
            "deadline", "settingsForm:deadline", "benefits", "settingsForm:discountRate",
            "calendar", "settingsForm:holidays");

    /** One holiday row of the form. */
    public static class HolidayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private LocalDate from;
        private LocalDate to;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }
    }

    /** One make-up working day of the form. */
    public static class WorkingDayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate date;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }
    }

    @Inject
    private PlanEditing editing;

    @Inject
    private CurrentUser user;

    private final PageEdits edits = new PageEdits();
    private boolean filled;
    private String nameZh;
    private String nameEn;
    private String manager;
    private PlanStatus status;
    private LocalDate deadline;
    private Double discountRate;
    /** Names of the DayOfWeek constants: a list of enums would reach the bean as strings (type erasure). */
    private List<String> weekendDays = new ArrayList<>();
    private List<HolidayRow> holidays = new ArrayList<>();
    private List<WorkingDayRow> workingDays = new ArrayList<>();

    @Override
    protected Optional<PlanExtract<Plan>> find(PlanService service, String code) {
        Optional<PlanExtract<Plan>> found = service.findFacts(code)
                .flatMap(facts -> service.findPlan(code).map(plan -> new PlanExtract<>(facts, plan)));
        if (!filled) {
            found.ifPresent(extract -> fill(extract.part()));
        }
        return found;
    }

    /** Fills the form from {@code plan}, once per reading the user asked for (not when a view is restored). */
    private void fill(Plan plan) {
        filled = true;
        nameZh = plan.name() == null ? null : plan.name().zh();
        nameEn = plan.name() == null ? null : plan.name().en();
        manager = plan.manager();
        status = plan.status();
        deadline = plan.deadline();
        discountRate = plan.benefits() == null ? null : plan.benefits().discountRate();
        weekendDays = new ArrayList<>(plan.calendar().weekendDays().stream().map(DayOfWeek::name).toList());
        holidays = new ArrayList<>();
        for (Holiday h : plan.calendar().holidays()) {
            HolidayRow row = new HolidayRow();
            row.name = h.name();
            row.from = h.from();
            row.to = h.to();
            holidays.add(row);
        }
        workingDays = new ArrayList<>();
        for (LocalDate d : plan.calendar().workingDays()) {
            WorkingDayRow row = new WorkingDayRow();
            row.date = d;
            workingDays.add(row);
        }
    }

    /** The discount rate belongs to the benefit model, which a plan without a go-live milestone lacks. */
    public boolean isHasBenefitModel() {
        return discountRate != null;
    }

    public boolean isMayEdit() {
        return PageEdits.mayEditPlans();
    }

    public PageEdits getEdits() {
        return edits;
    }

    public void save() {
        LocalizedText name = LocalizedText.of(FormValues.blankToNull(nameZh), FormValues.blankToNull(nameEn));
        WorkCalendar calendar = new WorkCalendar(weekendDays.stream().map(DayOfWeek::valueOf).toList(), holidays.stream()
                .filter(h -> h.from != null || h.to != null || h.name != null)
                .map(h -> new Holiday(FormValues.blankToNull(h.name), h.from, h.to)).toList(),
                workingDays.stream().map(WorkingDayRow::getDate).filter(d -> d != null).toList());
        boolean saved = edits.run(() -> editing.edit(getCode(), seenVersion(), user.getUsername(),
                PlanAction.UPDATE_PLAN.on(""), PlanEdits.replace(current -> {
                    BenefitModel b = current.benefits();
                    BenefitModel benefits = discountRate == null || b == null ? b
                            : new BenefitModel(discountRate, b.horizonQuarters(), b.goLiveMilestone(), b.roiTarget(),
                                    b.lines());
                    return new PlanBuilder(current).header(new PlanBuilder.Header(name, FormValues.blankToNull(manager), status,
                            deadline)).calendar(calendar).benefits(benefits).build();
                })), PageEdits.fields("", FIELDS));
        if (saved) {
            filled = false;
            refresh();
        }
    }

    public void reloadAfterConflict() {
        filled = false;
        refresh();
    }

    public void addHoliday() {
        holidays.add(new HolidayRow());
    }

    public void removeHoliday(HolidayRow row) {
        holidays.remove(row);
    }

    public void addWorkingDay() {
        workingDays.add(new WorkingDayRow());
    }

    public void removeWorkingDay(WorkingDayRow row) {
        workingDays.remove(row);
    }

    public DayOfWeek[] getDaysOfWeek() {
        return DayOfWeek.values();
    }

    public PlanStatus[] getStatuses() {
        return PlanStatus.values();
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

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
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

    public List<String> getWeekendDays() {
        return weekendDays;
    }

    public void setWeekendDays(List<String> weekendDays) {
        this.weekendDays = weekendDays;
    }

    public List<HolidayRow> getHolidays() {
        return holidays;
    }

    public List<WorkingDayRow> getWorkingDays() {
        return workingDays;
    }
}
