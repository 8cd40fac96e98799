package org.keelson.simulation.schedule;

/** Keelson link types as MPXJ names them, for the tests that compare schedules with MPXJ. */
final class MpxjRelationTypes {

    private MpxjRelationTypes() {
    }

    static org.mpxj.RelationType of(RelationType type) {
        return switch (type) {
            case FS -> org.mpxj.RelationType.FINISH_START;
            case SS -> org.mpxj.RelationType.START_START;
            case FF -> org.mpxj.RelationType.FINISH_FINISH;
            case SF -> org.mpxj.RelationType.START_FINISH;
        };
    }
}
