package org.keelson.portal.simulation.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How activity durations are drawn: plain random sampling or Latin hypercube within each block of iterations. */
public enum Sampling {
    RANDOM,
    LHS;

    /** The name in the REST API and the database: {@code random} or {@code lhs}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sampling> ofId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
