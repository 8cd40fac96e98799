package org.keelson.portal.simulation.application;

import java.util.List;

import org.keelson.portal.simulation.domain.SimulationSettings.Violation;

/** A run refused for its settings; nothing was stored. */
public class InvalidSettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    InvalidSettingsException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
