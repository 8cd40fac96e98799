package org.keelson.portal.plan.application;

import java.util.List;

/**
 * The plan was saved by someone else since the editor loaded it: {@code currentVersion} is what is stored now and
 * {@code since} lists the revisions saved after the editor's version, each with who, when and which fields, so
 * the editor can see what changed before reloading. Nothing was written.
 */
public class PlanConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long currentVersion;
    private final transient List<PlanRevision> since;

    public PlanConflictException(String code, long expectedVersion, long currentVersion, List<PlanRevision> since) {
        super("plan " + code + " is at version " + currentVersion + ", the edit was made on version "
                + expectedVersion);
        this.currentVersion = currentVersion;
        this.since = List.copyOf(since);
    }

    public long currentVersion() {
        return currentVersion;
    }

    public List<PlanRevision> since() {
        return since;
    }
}
