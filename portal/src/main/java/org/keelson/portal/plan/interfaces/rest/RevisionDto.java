package org.keelson.portal.plan.interfaces.rest;

import java.time.Instant;
import java.util.List;

import org.keelson.portal.plan.application.PlanRevision;

/** One saved change of a plan: who, when, what, the plan version it made, and each field's old and new value. */
public record RevisionDto(long revision, long planVersion, String user, Instant savedAt, String action,
        List<ChangeDto> changes) {

    /** One field of one element ({@code area} ACTIVITY, MILESTONE..., {@code element} its code). */
    public record ChangeDto(String area, String element, String kind, String field, String before, String after) {
    }

    static RevisionDto of(PlanRevision revision) {
        return new RevisionDto(revision.number(), revision.planVersion(), revision.user(), revision.savedAt(),
                revision.action(), revision.changes().stream().map(c -> new ChangeDto(c.area().name(), c.key(),
                        c.kind().name(), c.field(), c.before(), c.after())).toList());
    }
}
