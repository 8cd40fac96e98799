package org.keelson.portal.plan.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.hibernate.envers.AuditReaderFactory;
import org.keelson.portal.plan.domain.PlanChangeValue;
import org.keelson.portal.plan.domain.LocalizedNameValue;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.portal.plan.domain.PlanRevisionEntity;
import org.keelson.portal.plan.domain.PlanSummaryEntity;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanDiff;
import org.keelson.simulation.plan.edit.Rescheduling;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;
import org.keelson.simulation.text.LocalizedText;

/**
 * Saves edits of stored plans, one transaction each: the edit is applied to the plan as stored, checked by the
 * interchange format's rules and the database's limits, rescheduled (CPM dates and milestone forecasts, as an
 * automatically scheduled MS Project or P6 plan is), written in place so that Envers audits it field by field,
 * and described in the revision with who did what. An edit made on an older version than the stored one is refused
 * with the revisions saved since, so no concurrent change is overwritten; the plan row is locked while an edit is
 * applied, so two saves of one plan never interleave.
 */
@ApplicationScoped
public class PlanEditing {
    private static final PlanJson CHECKER = new PlanJson();

    @PersistenceContext
    private EntityManager em;

    protected PlanEditing() {
        // for CDI proxies
    }

    /** For use without a container: the caller demarcates transactions on {@code entityManager}. */
    public PlanEditing(EntityManager entityManager) {
        this.em = entityManager;
    }

    /**
     * Applies {@code edit} to the stored plan {@code code} if it is still at {@code expectedVersion}.
     *
     * @return the plan as saved (rescheduled) and its new version; the same version when the edit changed nothing
     * @throws PlanNotFoundException      no plan has this code
     * @throws PlanConflictException      the plan was saved since {@code expectedVersion}; nothing written
     * @throws PlanEditRefusedException   the edited plan breaks a rule; nothing written
     */
    @Transactional
    public Saved edit(String code, long expectedVersion, String user, String action, PlanEdit edit) {
        PlanEntity entity = lockedPlan(code);
        if (entity.getVersion() != expectedVersion) {
            throw new PlanConflictException(code, expectedVersion, entity.getVersion(),
                    revisionsSince(code, expectedVersion));
        }
        Plan current = PlanEntityMapper.toRecord(entity);
        PlanChange change;
        try {
            change = edit.apply(current);
        } catch (PlanValidationException e) {
            throw new PlanEditRefusedException(e.errors());
        }
        List<ValidationError> problems = new ArrayList<>(CHECKER.validate(change.plan()));
        StorageLimits.check(change.plan())
                .forEach(violation -> problems.add(new ValidationError(violation.path(), violation.message())));
        if (!problems.isEmpty()) {
            throw new PlanEditRefusedException(problems);
        }
        Plan saved = schedulingInputsChanged(current, change.plan())
                ? Rescheduling.withCurrentDates(change.plan()) : change.plan();
        List<PlanDiff.Change> changes = PlanDiff.between(current, saved, PlanDiff.PLAIN, PlanDiff.Scope.EVERYTHING);
        if (changes.isEmpty()) {
            return new Saved(current, entity.getVersion(), List.of());
        }
        entity.revise(PlanEntityMapper.toEntity(saved), change.renamedActivities());
        em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        em.merge(PlanSummaries.row(entity.getId(), saved));
        AuditReaderFactory.get(em).getCurrentRevision(PlanRevisionEntity.class, true)
                .describe(user, code, entity.getVersion(), action, changes.stream().map(PlanEditing::value).toList());
        return new Saved(saved, entity.getVersion(), changes);
    }

    /**
     * Deletes the plan softly: it disappears from every page, list and API call but keeps its rows, its code and
     * its history until an administrator restores it.
     *
     * @throws PlanNotFoundException no (undeleted) plan has this code
     * @throws PlanConflictException the plan was saved since {@code expectedVersion}; nothing written
     */
    @Transactional
    public void delete(String code, long expectedVersion, String user) {
        PlanEntity entity = lockedPlan(code);
        if (entity.getVersion() != expectedVersion) {
            throw new PlanConflictException(code, expectedVersion, entity.getVersion(),
                    revisionsSince(code, expectedVersion));
        }
        entity.markDeleted(user, Instant.now());
        em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        PlanSummaryEntity row = em.find(PlanSummaryEntity.class, entity.getId());
        if (row != null) {
            em.remove(row);
        }
        describe(user, code, entity.getVersion(), PlanAction.DELETE_PLAN, "false", "true");
    }

    /**
     * Brings a deleted plan back as it was (ADMIN's undo of a deletion).
     *
     * @throws PlanNotFoundException no deleted plan has this code
     */
    @Transactional
    public void restore(String code, String user) {
        PlanEntity entity = em.createQuery("select p from PlanEntity p where p.code = :code and p.deletedAt is not null",
                PlanEntity.class).setParameter("code", code).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> new PlanNotFoundException(code));
        entity.restore();
        em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        em.persist(PlanSummaries.row(entity.getId(), PlanEntityMapper.toRecord(entity)));
        describe(user, code, entity.getVersion(), PlanAction.RESTORE_PLAN, "true", "false");
    }

    /** The deleted plans, most recently deleted first, for the administrator's restore page. */
    @Transactional
    public List<DeletedPlan> deletedPlans() {
        return em.createQuery("select p from PlanEntity p where p.deletedAt is not null order by p.deletedAt desc",
                PlanEntity.class).getResultStream().map(p -> new DeletedPlan(p.getCode(),
                        LocalizedNameValue.toText(p.getName()), p.getDeletedAt(), p.getDeletedBy())).toList();
    }

    /** A deleted plan as the restore page lists it. */
    public record DeletedPlan(String code, LocalizedText name, Instant deletedAt, String deletedBy) {
    }

    private void describe(String user, String code, long version, PlanAction action, String before, String after) {
        AuditReaderFactory.get(em).getCurrentRevision(PlanRevisionEntity.class, true).describe(user, code, version,
                action.on(""), List.of(new PlanChangeValue(PlanDiff.Area.PLAN.name(), "",
                        PlanDiff.Kind.CHANGED.name(), "deleted", before, after)));
    }

    /** The stored plan and its version, which an editor sends back with its edit. */
    @Transactional
    public Versioned<Plan> find(String code) {
        PlanEntity entity = planQuery(code).getResultStream().findFirst()
                .orElseThrow(() -> new PlanNotFoundException(code));
        return new Versioned<>(PlanEntityMapper.toRecord(entity), entity.getVersion());
    }

    /** The plan's revisions, newest first, {@code max} from position {@code first}. */
    @Transactional
    public List<PlanRevision> history(String code, int first, int max) {
        return em.createQuery("select r from PlanRevisionEntity r where r.planCode = :code order by r.id desc",
                PlanRevisionEntity.class).setParameter("code", code).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(PlanEditing::revision).toList();
    }

    /**
     * The plan's revisions that {@code filter} keeps, newest first, {@code max} from position {@code first}: the
     * History page's pages.
     */
    @Transactional
    public List<PlanRevision> history(String code, HistoryFilter filter, int first, int max) {
        return filtered("select r from PlanRevisionEntity r", code, filter, " order by r.id desc",
                PlanRevisionEntity.class).setFirstResult(first).setMaxResults(max).getResultStream()
                .map(PlanEditing::revision).toList();
    }

    /** How many revisions of the plan {@code filter} keeps, for the History page's paginator. */
    @Transactional
    public long countHistory(String code, HistoryFilter filter) {
        return filtered("select count(r) from PlanRevisionEntity r", code, filter, "", Long.class).getSingleResult();
    }

    /** Only the criteria given are added, so no query compares a column with a null parameter. */
    private <T> TypedQuery<T> filtered(String select, String code, HistoryFilter filter, String order,
            Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where r.planCode = :code");
        if (filter.user() != null) {
            jpql.append(" and r.username = :user");
        }
        if (filter.activity() != null) {
            jpql.append(" and exists (select c from PlanRevisionEntity o join o.changes c where o = r"
                    + " and c.area = :area and c.element = :activity)");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type).setParameter("code", code);
        if (filter.user() != null) {
            query.setParameter("user", filter.user());
        }
        if (filter.activity() != null) {
            query.setParameter("area", PlanDiff.Area.ACTIVITY.name()).setParameter("activity", filter.activity());
        }
        return query;
    }

    private List<PlanRevision> revisionsSince(String code, long version) {
        return em.createQuery("select r from PlanRevisionEntity r where r.planCode = :code and r.planVersion > :version"
                + " order by r.id", PlanRevisionEntity.class).setParameter("code", code)
                .setParameter("version", version).setMaxResults(50).getResultStream().map(PlanEditing::revision)
                .toList();
    }

    private PlanEntity lockedPlan(String code) {
        return planQuery(code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new PlanNotFoundException(code));
    }

    private TypedQuery<PlanEntity> planQuery(String code) {
        return em.createQuery("select p from PlanEntity p where p.code = :code and p.deletedAt is null",
                PlanEntity.class)
                .setParameter("code", code);
    }

    /**
     * Whether the edit touched anything the schedule reads (durations, links, calendar, actuals, the WBS itself):
     * only then are the current dates recalculated, so renaming an activity does not rewrite dates that the plan's
     * author set by hand.
     */
    private static boolean schedulingInputsChanged(Plan before, Plan after) {
        return !before.calendar().equals(after.calendar()) || !Objects.equals(before.statusDate(), after.statusDate())
                || !Objects.equals(before.startDate(), after.startDate())
                || PlanDiff.between(before, after, PlanDiff.PLAIN).stream()
                        .anyMatch(c -> c.area() == PlanDiff.Area.ACTIVITY || c.area() == PlanDiff.Area.MILESTONE);
    }

    private static PlanChangeValue value(PlanDiff.Change change) {
        return new PlanChangeValue(change.area().name(), change.key(), change.kind().name(), change.field(),
                change.before(), change.after());
    }

    private static PlanRevision revision(PlanRevisionEntity row) {
        return new PlanRevision(row.getId(), row.getPlanVersion() == null ? 0 : row.getPlanVersion(),
                row.getUsername(), row.getSavedAt(), row.getAction(),
                row.getChanges().stream().map(c -> new PlanDiff.Change(PlanDiff.Area.valueOf(c.getArea()),
                        c.getElement() == null ? "" : c.getElement(), PlanDiff.Kind.valueOf(c.getKind()),
                        c.getField(), c.getBefore(), c.getAfter())).toList());
    }

    /** A plan as saved: its new version and the changes the save recorded (none when it changed nothing). */
    public record Saved(Plan plan, long version, List<PlanDiff.Change> changes) {
    }

    /**
     * Which revisions the History page lists: those saved by {@code user} (a user name) and those that changed WBS
     * element {@code activity} (a code); a null criterion keeps every revision.
     */
    public record HistoryFilter(String user, String activity) {
        public static final HistoryFilter ALL = new HistoryFilter(null, null);

        public HistoryFilter {
            user = user == null || user.isBlank() ? null : user.strip();
            activity = activity == null || activity.isBlank() ? null : activity.strip();
        }
    }

    /** A value with the version of the plan it was read from, the ETag of REST and the editors' base. */
    public record Versioned<T>(T value, long version) {
    }
}
