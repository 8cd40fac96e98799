package org.keelson.portal.risk.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.keelson.portal.plan.application.PlanEntityMapper;
import org.keelson.portal.plan.application.PlanNotFoundException;
import org.keelson.portal.plan.domain.PlanRevisionEntity;
import org.keelson.portal.plan.domain.RiskEntity;
import org.keelson.simulation.risk.Risk;

/**
 * The risk register over time, read from the Envers audit of the risk rows (every save of a plan is a revision
 * that says who saved it and when): a risk's scores after each save that changed them, and a plan's risks as they
 * stood at the end of a past day, for its heat map and band moves then.
 */
@ApplicationScoped
public class RiskHistory {

    @PersistenceContext
    private EntityManager em;

    protected RiskHistory() {
        // for CDI proxies
    }

    /** For use without a container: the caller demarcates transactions on {@code entityManager}. */
    public RiskHistory(EntityManager entityManager) {
        this.em = entityManager;
    }

    /**
     * One assessment of a risk: probability and impact before and after response, as saved at {@code savedAt} by
     * {@code user} (null for a plan imported or loaded at start-up).
     */
    public record Score(Instant savedAt, String user, int probability, int impact, Integer residualProbability,
            Integer residualImpact) {
        public int score() {
            return probability * impact;
        }

        public Integer residualScore() {
            return residualProbability != null && residualImpact != null ? residualProbability * residualImpact
                    : null;
        }

        boolean sameAssessment(Score other) {
            return probability == other.probability && impact == other.impact
                    && Objects.equals(residualProbability, other.residualProbability)
                    && Objects.equals(residualImpact, other.residualImpact);
        }
    }

    /** Risk {@code riskCode}'s assessments, oldest first: the first one it had and every re-score since. */
    @Transactional
    public List<Score> scores(String planCode, String riskCode) {
        List<?> rows = reader().createQuery().forRevisionsOfEntity(RiskEntity.class, false, true)
                .add(AuditEntity.relatedId("plan").eq(planId(planCode)))
                .add(AuditEntity.property("code").eq(riskCode))
                .addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<Score> scores = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            if (columns[2] == RevisionType.DEL) {
                scores.clear();
                continue;
            }
            RiskEntity risk = (RiskEntity) columns[0];
            PlanRevisionEntity revision = (PlanRevisionEntity) columns[1];
            Score score = new Score(revision.getSavedAt(), revision.getUsername(), risk.getProbability(),
                    risk.getImpact(), risk.getResidualProbability(), risk.getResidualImpact());
            if (scores.isEmpty() || !scores.get(scores.size() - 1).sameAssessment(score)) {
                scores.add(score);
            }
        }
        return scores;
    }

    /**
     * The plan's risks as they stood at the end of {@code date} (in the server's time zone), in register order;
     * empty when the plan had no risks stored yet then.
     */
    @Transactional
    public List<Risk> risksAt(String planCode, LocalDate date) {
        long planId = planId(planCode);
        long endOfDay = date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        Number revision = (Number) reader().createQuery().forRevisionsOfEntity(RiskEntity.class, false, true)
                .add(AuditEntity.relatedId("plan").eq(planId))
                .add(AuditEntity.revisionProperty("savedAt").lt(endOfDay))
                .addProjection(AuditEntity.revisionNumber().max()).getSingleResult();
        if (revision == null) {
            return List.of();
        }
        List<?> rows = reader().createQuery().forEntitiesAtRevision(RiskEntity.class, revision)
                .add(AuditEntity.relatedId("plan").eq(planId))
                .addOrder(AuditEntity.property("listIndex").asc()).getResultList();
        return rows.stream().map(row -> PlanEntityMapper.risk((RiskEntity) row)).toList();
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }

    private long planId(String planCode) {
        return em.createQuery("select p.id from PlanEntity p where p.code = :code", Long.class)
                .setParameter("code", planCode).getResultStream().findFirst()
                .orElseThrow(() -> new PlanNotFoundException(planCode));
    }
}
