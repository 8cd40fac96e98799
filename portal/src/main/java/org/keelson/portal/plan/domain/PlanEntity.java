package org.keelson.portal.plan.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import org.keelson.simulation.plan.PlanStatus;

/**
 * Root of the plan aggregate. Every part (phases, WBS, risks, KPIs...) is reached, created and removed through
 * it, and {@link #getVersion() version} is its optimistic lock: a writer that loaded an older version fails
 * with an OptimisticLockException instead of overwriting a concurrent edit. Code that changes only parts must
 * lock the root with {@code LockModeType.OPTIMISTIC_FORCE_INCREMENT} so the version still moves.
 */
@Audited
@Entity
@Table(name = "plan")
public class PlanEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Size(max = 100)
    @Column(name = "deleted_by")
    private String deletedBy;

    @Size(max = 64)

    @Column(name = "code", nullable = false, unique = true)
    private String code;
    /** The code in lower case, unique in the database (V4): plan codes are unique regardless of case. */
    @Size(max = 64)
    @Column(name = "code_key", nullable = false, unique = true)
    private String codeKey;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedNameValue name;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedTextValue description;
    @Size(max = 3)
    @Column(name = "currency")
    private String currency;
    @Size(max = 16)
    @Column(name = "locale")
    private String locale;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private PlanStatus status;
    @Size(max = 200)
    @Column(name = "manager")
    private String manager;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "deadline")
    private LocalDate deadline;
    @Column(name = "status_date")
    private LocalDate statusDate;
    @Column(name = "risk_medium_from", nullable = false)
    private int riskMediumFrom;
    @Column(name = "risk_high_from", nullable = false)
    private int riskHighFrom;
    @Embedded
    private BudgetFigures budget;
    @Embedded
    private BenefitModelFigures benefitModel;

    @ElementCollection
    @CollectionTable(name = "plan_weekend_day", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "list_index")
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private List<DayOfWeek> weekendDays = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_holiday", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "list_index")
    private List<HolidayValue> holidays = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_working_day", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "work_date", nullable = false)
    private List<LocalDate> workingDays = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<PhaseEntity> phases = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<MilestoneEntity> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<ActivityEntity> activities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_correlation", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "list_index")
    private List<CorrelationValue> correlations = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<BudgetCategoryEntity> budgetCategories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_budget_line", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "list_index")
    private List<BudgetLineValue> budgetLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_reserve_drawdown", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "list_index")
    private List<ReserveDrawdownValue> reserveDrawdowns = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<RiskEntity> risks = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<KpiEntity> kpis = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<BenefitLineEntity> benefitLines = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<BaselineEntity> baselines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_assumption", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "list_index")
    private List<AssumptionValue> assumptions = new ArrayList<>();

    protected PlanEntity() {
    }

    public PlanEntity(String code, LocalizedNameValue name, LocalizedTextValue description, String currency,
            String locale, PlanStatus status, String manager, LocalDate startDate, LocalDate deadline,
            LocalDate statusDate, int riskMediumFrom, int riskHighFrom, BudgetFigures budget,
            BenefitModelFigures benefitModel) {
        this.code = code;
        this.codeKey = code == null ? null : PlanCode.key(code);
        this.name = name;
        this.description = description;
        this.currency = currency;
        this.locale = locale;
        this.status = status;
        this.manager = manager;
        this.startDate = startDate;
        this.deadline = deadline;
        this.statusDate = statusDate;
        this.riskMediumFrom = riskMediumFrom;
        this.riskHighFrom = riskHighFrom;
        this.budget = budget;
        this.benefitModel = benefitModel;
    }

    /** Sets the calendar: weekend days, holidays and worked weekend days (调休), each in the given order. */
    public void defineCalendar(List<DayOfWeek> weekend, List<HolidayValue> holidayList, List<LocalDate> worked) {
        weekendDays.clear();
        weekendDays.addAll(weekend);
        holidays.clear();
        holidays.addAll(holidayList);
        workingDays.clear();
        workingDays.addAll(worked);
    }

    public void addPhase(PhaseEntity phase) {
        phase.attachTo(this, phases.size());
        phases.add(phase);
    }

    public void addMilestone(MilestoneEntity milestone) {
        milestone.attachTo(this, milestones.size());
        milestones.add(milestone);
    }

    /** Adds a WBS element; callers add parents before children, as the interchange format lists them. */
    public void addActivity(ActivityEntity activity) {
        activity.attachTo(this, activities.size());
        activities.add(activity);
    }

    public void addCorrelation(CorrelationValue correlation) {
        correlations.add(correlation);
    }

    public void addBudgetCategory(BudgetCategoryEntity category) {
        category.attachTo(this, budgetCategories.size());
        budgetCategories.add(category);
    }

    public void addBudgetLine(BudgetLineValue line) {
        budgetLines.add(line);
    }

    public void addReserveDrawdown(ReserveDrawdownValue drawdown) {
        reserveDrawdowns.add(drawdown);
    }

    public void addRisk(RiskEntity risk) {
        risk.attachTo(this, risks.size());
        risks.add(risk);
    }

    public void addKpi(KpiEntity kpi) {
        kpi.attachTo(this, kpis.size());
        kpis.add(kpi);
    }

    public void addBenefitLine(BenefitLineEntity line) {
        line.attachTo(this, benefitLines.size());
        benefitLines.add(line);
    }

    public void addBaseline(BaselineEntity baseline) {
        baseline.attachTo(this, baselines.size());
        baselines.add(baseline);
    }

    public void addAssumption(AssumptionValue assumption) {
        assumptions.add(assumption);
    }

    /** Moves the plan to another lifecycle state (a PMO decision); the version check guards concurrent edits. */
    public void changeStatus(PlanStatus newStatus) {
        this.status = newStatus;
    }

    /**
     * Makes this plan equal to {@code fresh}, a transient graph mapped from the edited plan, in place: scalars and
     * value lists are copied, parts are matched by code (activities through {@code renamedActivities}, old code to
     * new, when the WBS was renumbered) and updated, new parts move over from {@code fresh}, parts it lacks are
     * removed. Rows keep their identity, so the audit records which fields of which element changed.
     */
    public void revise(PlanEntity fresh, Map<String, String> renamedActivities) {
        name = fresh.name;
        description = fresh.description;
        currency = fresh.currency;
        locale = fresh.locale;
        status = fresh.status;
        manager = fresh.manager;
        startDate = fresh.startDate;
        deadline = fresh.deadline;
        statusDate = fresh.statusDate;
        riskMediumFrom = fresh.riskMediumFrom;
        riskHighFrom = fresh.riskHighFrom;
        budget = fresh.budget;
        benefitModel = fresh.benefitModel;
        PlanPart.replace(weekendDays, fresh.weekendDays);
        PlanPart.replace(holidays, fresh.holidays);
        PlanPart.replace(workingDays, fresh.workingDays);
        PlanPart.replace(correlations, fresh.correlations);
        PlanPart.replace(budgetLines, fresh.budgetLines);
        PlanPart.replace(reserveDrawdowns, fresh.reserveDrawdowns);
        PlanPart.replace(assumptions, fresh.assumptions);
        reconcile(phases, fresh.phases, PhaseEntity::getCode, Map.of(), PhaseEntity::copyFrom);
        reconcile(milestones, fresh.milestones, MilestoneEntity::getCode, Map.of(), MilestoneEntity::copyFrom);
        reconcile(activities, fresh.activities, ActivityEntity::getCode, renamedActivities, ActivityEntity::copyFrom);
        reconcile(budgetCategories, fresh.budgetCategories, BudgetCategoryEntity::getCode, Map.of(),
                BudgetCategoryEntity::copyFrom);
        reconcile(risks, fresh.risks, RiskEntity::getCode, Map.of(), RiskEntity::copyFrom);
        reconcile(kpis, fresh.kpis, KpiEntity::getCode, Map.of(), KpiEntity::copyFrom);
        reconcile(benefitLines, fresh.benefitLines, BenefitLineEntity::getCode, Map.of(), BenefitLineEntity::copyFrom);
        reconcile(baselines, fresh.baselines, BaselineEntity::getName, Map.of(), BaselineEntity::copyFrom);
    }

    private <T extends PlanPart> void reconcile(List<T> current, List<T> wanted, Function<T, String> key,
            Map<String, String> renamed, BiConsumer<T, T> copy) {
        Map<String, T> existing = new HashMap<>();
        current.forEach(part -> existing.put(renamed.getOrDefault(key.apply(part), key.apply(part)), part));
        List<T> result = new ArrayList<>(wanted.size());
        for (T target : wanted) {
            T kept = existing.remove(key.apply(target));
            if (kept == null) {
                target.attachTo(this, result.size());
                result.add(target);
            } else {
                copy.accept(kept, target);
                kept.placeAt(result.size());
                result.add(kept);
            }
        }
        current.clear();
        current.addAll(result);
    }

    /** Hides the plan from every page, list and API call until {@link #restore}; nothing of it is removed. */
    public void markDeleted(String user, Instant when) {
        deletedAt = when;
        deletedBy = user;
    }

    public void restore() {
        deletedAt = null;
        deletedBy = null;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public LocalizedNameValue getName() {
        return name;
    }

    public LocalizedTextValue getDescription() {
        return description;
    }

    public String getCurrency() {
        return currency;
    }

    public String getLocale() {
        return locale;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getManager() {
        return manager;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public int getRiskMediumFrom() {
        return riskMediumFrom;
    }

    public int getRiskHighFrom() {
        return riskHighFrom;
    }

    /** The budget totals, or null when the plan has no budget. */
    public BudgetFigures getBudget() {
        return budget;
    }

    /** The ROI model's scalars, or null when the plan has no benefit model. */
    public BenefitModelFigures getBenefitModel() {
        return benefitModel;
    }

    public List<DayOfWeek> getWeekendDays() {
        return List.copyOf(weekendDays);
    }

    public List<HolidayValue> getHolidays() {
        return List.copyOf(holidays);
    }

    public List<LocalDate> getWorkingDays() {
        return List.copyOf(workingDays);
    }

    public List<PhaseEntity> getPhases() {
        return List.copyOf(phases);
    }

    public List<MilestoneEntity> getMilestones() {
        return List.copyOf(milestones);
    }

    public List<ActivityEntity> getActivities() {
        return List.copyOf(activities);
    }

    public List<CorrelationValue> getCorrelations() {
        return List.copyOf(correlations);
    }

    public List<BudgetCategoryEntity> getBudgetCategories() {
        return List.copyOf(budgetCategories);
    }

    public List<BudgetLineValue> getBudgetLines() {
        return List.copyOf(budgetLines);
    }

    public List<ReserveDrawdownValue> getReserveDrawdowns() {
        return List.copyOf(reserveDrawdowns);
    }

    public List<RiskEntity> getRisks() {
        return List.copyOf(risks);
    }

    public List<KpiEntity> getKpis() {
        return List.copyOf(kpis);
    }

    public List<BenefitLineEntity> getBenefitLines() {
        return List.copyOf(benefitLines);
    }

    public List<BaselineEntity> getBaselines() {
        return List.copyOf(baselines);
    }

    public List<AssumptionValue> getAssumptions() {
        return List.copyOf(assumptions);
    }
}
