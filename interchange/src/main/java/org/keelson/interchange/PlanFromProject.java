package org.keelson.interchange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.plan.json.PlanLimits;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.text.LocalizedText;
import org.mpxj.ActivityType;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.FieldType;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

/**
 * One project file, as MPXJ reads it, turned into a Keelson plan; everything the plan cannot carry becomes an
 * {@link ImportNote}. Every step is one pass over the tasks (maps by identity, no searches), so a file of thousands
 * of tasks imports in time proportional to its size.
 */
final class PlanFromProject {

    private static final int MAX_LEVELS = 4;
    private static final Pattern WBS_CODE = Pattern.compile("[1-9][0-9]{0,8}(\\.[1-9][0-9]{0,8}){0,3}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}]");
    /** Calendar days after the last date of the file that the holidays still cover: room for the schedule to slip. */
    private static final int CALENDAR_MARGIN_DAYS = 3 * 366;

    private final ProjectFile file;
    private final String planCode;
    private final ProjectCalendar calendar;
    private final List<ImportNote> notes = new ArrayList<>();
    private final Map<Task, String> codes = new IdentityHashMap<>();
    private final Map<String, Task> tasksByCode = new LinkedHashMap<>();
    private final Set<Task> summaries = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Task> droppedTasks = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<KeelsonFields, FieldType> keelsonFields = new java.util.EnumMap<>(KeelsonFields.class);
    private final boolean projectNodeOnTop;
    /** The WBS code of the P6 project node, which prefixes every WBS code below it; null when there is none. */
    private String projectNodePrefix;

    /**
     * {@code projectNodeOnTop}: the file's single top-level summary is the project itself (P6's project WBS node, as
     * MPXJ reads an XER file), so its children are level 1, as those of MS Project's project summary task are.
     */
    PlanFromProject(ProjectFile file, String planCode, boolean projectNodeOnTop) {
        this.file = file;
        this.planCode = planCode;
        this.projectNodeOnTop = projectNodeOnTop;
        this.calendar = file.getDefaultCalendar();
        for (KeelsonFields field : KeelsonFields.values()) {
            FieldType type = field.in(file);
            if (type != null) {
                keelsonFields.put(field, type);
            }
        }
    }

    ImportResult plan() {
        List<Task> top = topLevelTasks();
        assignCodes(top, null, 1);
        if (tasksByCode.isEmpty()) {
            throw new ImportException("import.noTasks");
        }
        noteProjectWideLosses();
        LocalDate start = startDate();
        LocalDate statusDate = statusDate(start);
        WorkCalendar workCalendar = workCalendar(start);
        boolean chinese = tasksByCode.values().stream().anyMatch(t -> t.getName() != null && CJK.matcher(t.getName()).find());
        List<Activity> wbs = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        List<BaselineEntry> baseline = new ArrayList<>();
        Map<String, String> sourceIds = new LinkedHashMap<>();
        for (Map.Entry<String, Task> entry : tasksByCode.entrySet()) {
            String code = entry.getKey();
            Task task = entry.getValue();
            sourceIds.put(code, sourceId(task));
            Activity activity = summaries.contains(task) ? summary(code, task) : leaf(code, task, start, statusDate);
            wbs.add(activity);
            if (activity.milestone()) {
                milestones.add(new Milestone("M" + (milestones.size() + 1), activity.name(), null, code,
                        date(task.getFinish() != null ? task.getFinish() : task.getStart()), date(task.getBaselineFinish()),
                        null, activity.actualFinish(), null, null));
            }
            BaselineEntry entryOfBaseline = baselineEntry(code, task);
            if (entryOfBaseline != null) {
                baseline.add(entryOfBaseline);
            }
        }
        ProjectProperties properties = file.getProjectProperties();
        String title = firstNonBlank(properties.getProjectTitle(), properties.getName(), planCode);
        Plan plan = new Plan(planCode, text(title, null), null, currency(properties.getCurrencyCode()),
                chinese ? "zh-CN" : "en", statusDate != null ? PlanStatus.ACTIVE : PlanStatus.PROPOSED,
                blankToNull(properties.getManager()), start, deadline(start), statusDate, workCalendar, null, milestones, wbs, null,
                null, null, null, null, null,
                baseline.isEmpty() ? null : List.of(new Baseline("Baseline 0", date(properties.getBaselineDate()), baseline)),
                null);
        return new ImportResult(plan, notes, sourceIds);
    }

    /** P6's "must finish by" date is the plan's committed deadline; MS Project has none for the project. */
    private LocalDate deadline(LocalDate start) {
        LocalDate mustFinishBy = date(file.getProjectProperties().getMustFinishBy());
        return mustFinishBy != null && !mustFinishBy.isBefore(start) ? mustFinishBy : null;
    }

    /** The tasks at WBS level 1: the children of MS Project's project summary task (ID 0) when there is one. */
    private List<Task> topLevelTasks() {
        List<Task> top = new ArrayList<>();
        for (Task task : file.getChildTasks()) {
            Integer level = task.getOutlineLevel();
            if (level != null && level == 0) {
                top.addAll(task.getChildTasks());
            } else {
                top.add(task);
            }
        }
        if (projectNodeOnTop && top.size() == 1 && !top.get(0).getChildTasks().isEmpty()) {
            Task projectNode = top.get(0);
            projectNodePrefix = projectNode.getWBS() == null ? null : projectNode.getWBS() + ".";
            return projectNode.getChildTasks();
        }
        return top;
    }

    /**
     * Gives every carried task its WBS code under {@code parentCode}: the file's own WBS code when it is a Keelson code
     * of the right parent not yet taken (so an exported plan keeps its codes), else the next free number. Below level
     * 4 the hierarchy is flattened: a level-4 summary's leaves take its place as level-4 activities.
     */
    private void assignCodes(List<Task> tasks, String parentCode, int level) {
        int next = 1;
        for (Task task : tasks) {
            if (!carried(task)) {
                continue;
            }
            List<Task> children = task.getChildTasks().stream().filter(this::carried).toList();
            if (level == MAX_LEVELS && !children.isEmpty()) {
                note(task, "note.level", MAX_LEVELS);
                List<Task> leaves = new ArrayList<>();
                collectLeaves(children, leaves);
                for (Task leaf : leaves) {
                    next = place(leaf, parentCode, next);
                }
                continue;
            }
            next = place(task, parentCode, next);
            if (!children.isEmpty()) {
                summaries.add(task);
                assignCodes(children, codes.get(task), level + 1);
            }
        }
    }

    private int place(Task task, String parentCode, int next) {
        String code = ownCode(task, parentCode);
        if (code == null) {
            int number = next;
            while (tasksByCode.containsKey(child(parentCode, number))) {
                number++;
            }
            code = child(parentCode, number);
        }
        codes.put(task, code);
        tasksByCode.put(code, task);
        String last = code.substring(code.lastIndexOf('.') + 1);
        return Math.max(next, Integer.parseInt(last) + 1);
    }

    /**
     * The task's P6 activity ID, or else its WBS code, when it is a free Keelson code under {@code parentCode}. The
     * activity ID comes first: MPXJ gives a P6 activity outside any WBS node an outline number as its WBS code.
     */
    private String ownCode(Task task, String parentCode) {
        for (String candidate : new String[] {task.getActivityID(), task.getWBS()}) {
            String own = candidate != null && projectNodePrefix != null && candidate.startsWith(projectNodePrefix)
                    ? candidate.substring(projectNodePrefix.length()) : candidate;
            if (own != null && WBS_CODE.matcher(own).matches() && !tasksByCode.containsKey(own)
                    && java.util.Objects.equals(Activity.parentCodeOf(own), parentCode)) {
                return own;
            }
        }
        return null;
    }

    private static String child(String parentCode, int number) {
        return parentCode == null ? String.valueOf(number) : parentCode + "." + number;
    }

    private void collectLeaves(List<Task> tasks, List<Task> leaves) {
        for (Task task : tasks) {
            List<Task> children = task.getChildTasks().stream().filter(this::carried).toList();
            if (children.isEmpty()) {
                leaves.add(task);
            } else {
                note(task, "note.level", MAX_LEVELS);
                collectLeaves(children, leaves);
            }
        }
    }

    /** Blank rows are skipped silently; inactive and external tasks with a note (once, however often asked). */
    private boolean carried(Task task) {
        if (task.getNull() || task.getName() == null && task.getChildTasks().isEmpty() && task.getDuration() == null) {
            return false;
        }
        String dropped = !task.getActive() ? "note.inactive"
                : task.getExternalTask() || task.getSubprojectFile() != null ? "note.external" : null;
        if (dropped != null && droppedTasks.add(task)) {
            note(task, dropped);
        }
        return dropped == null;
    }

    private void noteProjectWideLosses() {
        long resources = file.getResources().stream().filter(r -> r.getName() != null).count();
        // MS Project files give a task without resources an assignment of no resource
        long assignments = file.getResourceAssignments().stream().filter(a -> a.getResource() != null).count();
        if (resources > 0 || assignments > 0) {
            notes.add(new ImportNote(null, null, "note.resources", List.of(resources, assignments)));
        }
        long otherCalendars = file.getCalendars().stream().filter(c -> c != calendar && !c.getPersonal() && c.getResourceCount() == 0).count();
        if (otherCalendars > 0) {
            notes.add(new ImportNote(null, null, "note.calendars", List.of(otherCalendars, name(calendar))));
        }
        for (Task task : tasksByCode.values()) {
            for (int i = 1; i <= 10; i++) {
                if (task.getBaselineStart(i) != null) {
                    notes.add(new ImportNote(null, null, "note.otherBaselines", List.of()));
                    return;
                }
            }
        }
    }

    private Activity summary(String code, Task task) {
        for (org.mpxj.Relation relation : task.getPredecessors()) {
            note(task, "note.relation.summary", sourceId(relation.getPredecessorTask()));
        }
        return new Activity(code, name(task), null, null, false, 0, null, date(task.getStart()), date(task.getFinish()),
                0, null, null, 0, 0, null, List.of());
    }

    private Activity leaf(String code, Task task, LocalDate planStart, LocalDate statusDate) {
        ProjectCalendar taskCalendar = task.getCalendar();
        if (taskCalendar != null && taskCalendar != calendar) {
            note(task, "note.calendar.task", name(taskCalendar), name(calendar));
        }
        if (task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED) {
            note(task, "note.manual");
        }
        noteConstraint(task, planStart);
        if (task.getDeadline() != null) {
            note(task, "note.deadline", task.getDeadline().toLocalDate().toString());
        }
        ActivityType type = task.getActivityType();
        if (type == ActivityType.LEVEL_OF_EFFORT || type == ActivityType.WBS_SUMMARY || type == ActivityType.HAMMOCK) {
            note(task, "note.activityType", type.toString());
        }
        double duration = Math.max(0, days(task.getDuration(), task));
        // Keelson's milestone is any leaf of no duration, as MS Project's and P6's milestones are
        boolean milestone = duration == 0;
        if (task.getMilestone() && duration > 0) {
            note(task, "note.milestone.duration", format(duration));
        }
        if (duration != Math.rint(duration)) {
            note(task, "note.duration.fraction", format(duration));
        }
        LocalDate actualStart = statusDate == null ? null : date(task.getActualStart());
        LocalDate actualFinish = actualStart == null ? null : date(task.getActualFinish());
        double percentComplete = statusDate == null || task.getPercentageComplete() == null ? 0
                : Math.max(0, Math.min(100, task.getPercentageComplete().doubleValue()));
        if (actualStart != null && (actualStart.isAfter(statusDate) || actualStart.isBefore(planStart))) {
            note(task, "note.progress.outside", actualStart, statusDate);
            actualStart = null;
            actualFinish = null;
            percentComplete = 0;
        }
        if (actualFinish != null && actualFinish.isAfter(statusDate)) {
            note(task, "note.progress.outside", actualFinish, statusDate);
            actualFinish = null;
        }
        if (actualStart == null) {
            percentComplete = 0;
        } else if (actualFinish != null) {
            percentComplete = 100;
        } else if (task.getRemainingDuration() != null && duration > 0) {
            // the remaining duration is what both tools schedule from; MS Project rounds the percentage to a whole one
            double remaining = Math.min(duration, days(task.getRemainingDuration(), task));
            percentComplete = (1 - remaining / duration) * 100;
        }
        double fixedCost;
        double costPerDay = 0;
        if (keelsonFields.containsKey(KeelsonFields.COST_PER_DAY)) {
            fixedCost = number(task.getFixedCost());
            costPerDay = number(task.get(keelsonFields.get(KeelsonFields.COST_PER_DAY)));
        } else {
            fixedCost = task.getCost() != null ? number(task.getCost()) : number(task.getPlannedCost());
        }
        return new Activity(code, name(task), null, null, milestone, duration, milestone ? null : estimate(task),
                date(task.getStart()), date(task.getFinish()), percentComplete, actualStart, actualFinish,
                Math.max(0, fixedCost), Math.max(0, costPerDay), null, relations(task));
    }

    private List<Relation> relations(Task task) {
        List<Relation> relations = new ArrayList<>();
        Set<String> predecessors = new HashSet<>();
        for (org.mpxj.Relation link : task.getPredecessors()) {
            Task predecessor = link.getPredecessorTask();
            String code = predecessor == null ? null : codes.get(predecessor);
            if (code == null) {
                note(task, "note.relation.external", predecessor == null ? "?" : sourceId(predecessor));
                continue;
            }
            if (summaries.contains(predecessor)) {
                note(task, "note.relation.summary", sourceId(predecessor));
                continue;
            }
            if (!predecessors.add(code)) {
                note(task, "note.relation.duplicate", sourceId(predecessor));
                continue;
            }
            relations.add(new Relation(code, type(link.getType()), lag(task, predecessor, link.getLag())));
        }
        return relations;
    }

    private static RelationType type(org.mpxj.RelationType type) {
        if (type == null) {
            return RelationType.FS;
        }
        return switch (type) {
            case START_START -> RelationType.SS;
            case FINISH_FINISH -> RelationType.FF;
            case START_FINISH -> RelationType.SF;
            default -> RelationType.FS;
        };
    }

    /**
     * A lag in working days. Elapsed lags count calendar days, which the plan calendar cannot express: they become the
     * working days of an average week (5 of 7) and are noted; a percentage lag becomes that share of the
     * predecessor's duration.
     */
    private double lag(Task task, Task predecessor, Duration lag) {
        if (lag == null || lag.getDuration() == 0) {
            return 0;
        }
        TimeUnit unit = lag.getUnits();
        if (unit == TimeUnit.PERCENT || unit == TimeUnit.ELAPSED_PERCENT) {
            double days = days(predecessor.getDuration(), predecessor) * lag.getDuration() / 100;
            note(task, "note.lag.percent", format(lag.getDuration()), format(days));
            return days;
        }
        if (isElapsed(unit)) {
            double calendarDays = Duration.convertUnits(lag.getDuration(), unit, TimeUnit.ELAPSED_DAYS, file.getProjectProperties())
                    .getDuration();
            double workingDays = Math.round(calendarDays * workingDaysPerWeek() / 7.0 * 100) / 100.0;
            note(task, "note.lag.elapsed", lag.toString(), format(workingDays));
            return workingDays;
        }
        double days = days(lag, predecessor);
        if (days != Math.rint(days)) {
            note(task, "note.lag.fraction", lag.toString(), format(days));
        }
        return days;
    }

    private static boolean isElapsed(TimeUnit unit) {
        return unit == TimeUnit.ELAPSED_MINUTES || unit == TimeUnit.ELAPSED_HOURS || unit == TimeUnit.ELAPSED_DAYS
                || unit == TimeUnit.ELAPSED_WEEKS || unit == TimeUnit.ELAPSED_MONTHS || unit == TimeUnit.ELAPSED_YEARS;
    }

    private int workingDaysPerWeek() {
        int days = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            days += calendar == null || calendar.isWorkingDay(day) ? 1 : 0;
        }
        return days == 0 ? 5 : days;
    }

    /**
     * Constraints Keelson lacks are noted: it starts every activity as soon as its links (and the status date)
     * allow. "Start no earlier than" a date on or before the plan start binds nothing (MS Project sets one whenever a
     * start is typed in), so it goes without a note.
     */
    private void noteConstraint(Task task, LocalDate planStart) {
        ConstraintType type = task.getConstraintType();
        if (type == null || type == ConstraintType.AS_SOON_AS_POSSIBLE) {
            return;
        }
        LocalDateTime date = task.getConstraintDate();
        if (type == ConstraintType.START_NO_EARLIER_THAN && (date == null || !date.toLocalDate().isAfter(planStart))) {
            return;
        }
        note(task, "note.constraint", type.toString(), date == null ? "" : date.toLocalDate().toString());
    }

    private ThreePointEstimate estimate(Task task) {
        FieldType min = keelsonFields.get(KeelsonFields.ESTIMATE_MIN);
        FieldType mostLikely = keelsonFields.get(KeelsonFields.ESTIMATE_MOST_LIKELY);
        FieldType max = keelsonFields.get(KeelsonFields.ESTIMATE_MAX);
        FieldType distribution = keelsonFields.get(KeelsonFields.ESTIMATE_DISTRIBUTION);
        if (min == null || mostLikely == null || max == null || distribution == null
                || !(task.get(distribution) instanceof String name) || name.isBlank()) {
            return null;
        }
        DistributionType type;
        try {
            type = DistributionType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            note(task, "note.estimate.distribution", name);
            return null;
        }
        return new ThreePointEstimate(number(task.get(min)), number(task.get(mostLikely)),
                number(task.get(max)), type);
    }

    private BaselineEntry baselineEntry(String code, Task task) {
        LocalDate start = date(task.getBaselineStart());
        LocalDate finish = date(task.getBaselineFinish());
        if (start == null || finish == null) {
            return null;
        }
        if (finish.isBefore(start)) {
            finish = start;
        }
        double cost = number(task.getBaselineCost());
        return new BaselineEntry(code, start, finish, Math.max(0, cost));
    }

    /** The plan start: the project start, or the earliest task start when a task begins before it. */
    private LocalDate startDate() {
        LocalDateTime start = file.getProjectProperties().getStartDate();
        LocalDate earliest = start == null ? null : start.toLocalDate();
        for (Task task : tasksByCode.values()) {
            LocalDate taskStart = date(task.getStart());
            if (taskStart != null && (earliest == null || taskStart.isBefore(earliest))) {
                earliest = taskStart;
            }
        }
        if (earliest == null) {
            throw new ImportException("import.noStart");
        }
        return earliest;
    }

    /**
     * The date progress is reported through. A status (P6: data) date at midnight means the start of that day, so
     * progress runs through the day before. A file with progress but no status date is taken as reported through its
     * latest actual date. A status date before the plan start leaves no room for progress, which is then noted and
     * not carried over.
     */
    private LocalDate statusDate(LocalDate planStart) {
        LocalDateTime status = file.getProjectProperties().getStatusDate();
        LocalDate date = status == null ? null
                : status.toLocalTime().equals(LocalTime.MIDNIGHT) ? status.toLocalDate().minusDays(1) : status.toLocalDate();
        LocalDate latestActual = null;
        for (Task task : tasksByCode.values()) {
            for (LocalDateTime actual : new LocalDateTime[] {task.getActualStart(), task.getActualFinish()}) {
                if (actual != null && !summaries.contains(task)
                        && (latestActual == null || actual.toLocalDate().isAfter(latestActual))) {
                    latestActual = actual.toLocalDate();
                }
            }
        }
        if (latestActual == null) {
            return date != null && !date.isBefore(planStart) ? date : null;
        }
        if (date == null) {
            notes.add(new ImportNote(null, null, "note.progress.statusAssumed", List.of(latestActual.toString())));
            return latestActual;
        }
        if (date.isBefore(planStart)) {
            notes.add(new ImportNote(null, null, "note.progress.beforeStart", List.of(date.toString(), planStart.toString())));
            return null;
        }
        return date;
    }

    /**
     * The plan calendar from the project's default calendar: its non-working weekdays are the weekend; every date from
     * the plan start to well after the file's last date on which the calendar differs from its week becomes a holiday
     * (runs of days merged) or a make-up working day (调休). Working hours are not carried: Keelson counts whole days.
     */
    private WorkCalendar workCalendar(LocalDate start) {
        if (calendar == null) {
            notes.add(new ImportNote(null, null, "note.calendar.missing", List.of()));
            return WorkCalendar.standard();
        }
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!calendar.isWorkingDay(day)) {
                weekend.add(day);
            }
        }
        LocalDate last = start;
        for (Task task : tasksByCode.values()) {
            for (LocalDateTime d : new LocalDateTime[] {task.getFinish(), task.getBaselineFinish(), task.getActualFinish()}) {
                if (d != null && d.toLocalDate().isAfter(last)) {
                    last = d.toLocalDate();
                }
            }
        }
        // a plan spans at most 50 years (PlanLimits); a file with later dates is refused by the checker, so the
        // calendar need not be laid out further than that, whatever dates a hostile file gives
        LocalDate end = min(last.plusDays(CALENDAR_MARGIN_DAYS), start.plusYears(PlanLimits.MAX_YEARS + 1));
        List<Holiday> holidays = new ArrayList<>();
        List<LocalDate> madeUpDays = new ArrayList<>();
        LocalDate runStart = null;
        String runName = null;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            boolean weekday = !weekend.contains(day.getDayOfWeek());
            boolean working = calendar.isWorkingDate(day);
            boolean holiday = weekday && !working;
            if (holiday && runStart == null) {
                runStart = day;
                runName = exceptionName(day);
            } else if (!holiday && runStart != null && weekday) {
                holidays.add(new Holiday(runName, runStart, lastHolidayBefore(day, weekend)));
                runStart = null;
            }
            if (!weekday && working) {
                madeUpDays.add(day);
            }
        }
        if (runStart != null) {
            holidays.add(new Holiday(runName, runStart, lastHolidayBefore(end.plusDays(1), weekend)));
        }
        List<DayOfWeek> weekendDays = weekend.stream().sorted().toList();
        return new WorkCalendar(weekendDays, holidays, madeUpDays);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The last weekday before {@code day}: a holiday run ends there, not on the weekend that follows it. */
    private static LocalDate lastHolidayBefore(LocalDate day, Set<DayOfWeek> weekend) {
        LocalDate d = day.minusDays(1);
        while (weekend.contains(d.getDayOfWeek())) {
            d = d.minusDays(1);
        }
        return d;
    }

    private String exceptionName(LocalDate day) {
        ProjectCalendarException exception = calendar.getException(day);
        String name = exception == null ? null : exception.getName();
        return name == null || name.isBlank() ? "holiday " + day : name;
    }

    /**
     * A duration or lag in working days of {@code task}'s calendar (the default calendar's day length when it has
     * none), to a millionth of a day so that minutes and hours give the days they make up.
     */
    private double days(Duration duration, Task task) {
        if (duration == null) {
            return 0;
        }
        ProjectCalendar dayLength = task.getEffectiveCalendar() != null ? task.getEffectiveCalendar() : calendar;
        double days = duration.getUnits() == TimeUnit.DAYS ? duration.getDuration()
                : duration.convertUnits(TimeUnit.DAYS, dayLength != null ? dayLength : file.getProjectProperties()).getDuration();
        return Math.round(days * 1e6) / 1e6;
    }

    private LocalizedText name(Task task) {
        String name = firstNonBlank(task.getName(), "#" + sourceId(task), null);
        FieldType other = keelsonFields.get(KeelsonFields.OTHER_LANGUAGE_NAME);
        String otherName = other != null && task.get(other) instanceof String s && !s.isBlank() ? s : null;
        return text(name, otherName);
    }

    /** A text filed by its script: with Chinese characters it is the zh text, otherwise the en one. */
    private static LocalizedText text(String text, String other) {
        boolean chinese = text != null && CJK.matcher(text).find();
        String zh = chinese ? text : other;
        String en = chinese ? other : text;
        return new LocalizedText(zh, en);
    }

    /** How the file names a task to its users: the P6 activity ID, else the MS Project task ID. */
    private static String sourceId(Task task) {
        if (task.getActivityID() != null && !task.getActivityID().isBlank()) {
            return task.getActivityID();
        }
        return String.valueOf(task.getID() != null ? task.getID() : task.getUniqueID());
    }

    private static String name(ProjectCalendar calendar) {
        return calendar == null ? "" : String.valueOf(calendar.getName());
    }

    private void note(Task task, String key, Object... args) {
        notes.add(new ImportNote(sourceId(task), task.getName(), key, List.of(args)));
    }

    private static String currency(String code) {
        return code != null && code.matches("[A-Z]{3}") ? code : "CNY";
    }

    private static LocalDate date(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.toLocalDate();
    }

    private static double number(Object value) {
        return value instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : 0;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String firstNonBlank(String first, String second, String third) {
        if (first != null && !first.isBlank()) {
            return first.trim();
        }
        return second != null && !second.isBlank() ? second.trim() : third;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
