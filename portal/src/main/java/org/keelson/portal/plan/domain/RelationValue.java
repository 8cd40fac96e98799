package org.keelson.portal.plan.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

import org.keelson.simulation.schedule.RelationType;

/** A precedence link held by the successor activity; the predecessor is named by WBS code. */
@Embeddable
public class RelationValue {
    @Size(max = 64)
    @Column(name = "predecessor_code", nullable = false)
    private String predecessor;
    @Enumerated(EnumType.STRING)
    @Column(name = "relation_type", nullable = false)
    private RelationType type;
    @Column(name = "lag", nullable = false)
    private double lag;

    protected RelationValue() {
    }

    public RelationValue(String predecessor, RelationType type, double lag) {
        this.predecessor = predecessor;
        this.type = type;
        this.lag = lag;
    }

    public String getPredecessor() {
        return predecessor;
    }

    public RelationType getType() {
        return type;
    }

    public double getLag() {
        return lag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelationValue other && Objects.equals(predecessor, other.predecessor) && Objects.equals(type, other.type) && Objects.equals(lag, other.lag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(predecessor, type, lag);
    }
}
