package org.keelson.portal.plan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.plan.edit.StatusUpdate;
import org.keelson.simulation.schedule.Activity;

class ProgressFormTest {
    /** 12 working days, a third done: 8 remain. */
    private static final Activity LEAF = new Activity("1.2", null, null, null, false, 12, null,
            LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 18), 100.0 / 3, LocalDate.of(2025, 3, 3), null, 0, 0,
            null, List.of());

    @Test
    void showsTheRemainingDurationTheScheduleReads() {
        assertEquals(8, ProgressForm.of(LEAF, null).getRemainingDuration(), 1e-9);
    }

    @Test
    void aRowLeftAloneSendsNothing() {
        assertNull(ProgressForm.of(LEAF, null).changes());
    }

    @Test
    void valuesPostedBackAsTheInputsRoundThemAreNoChange() {
        ProgressForm form = ProgressForm.of(LEAF, null);
        form.setPercentComplete(33.3);
        form.setRemainingDuration(8.0);

        assertNull(form.changes());
    }

    @Test
    void onlyTheChangedFieldsAreSent() {
        ProgressForm form = ProgressForm.of(LEAF, null);
        form.setPercentComplete(60.0);
        form.setActualFinish(LocalDate.of(2025, 3, 20));

        assertEquals(new StatusUpdate.Progress("1.2", 60.0, null, LocalDate.of(2025, 3, 20), null), form.changes());
    }

    @Test
    void aNewRemainingDurationIsAReestimate() {
        ProgressForm form = ProgressForm.of(LEAF, null);
        form.setRemainingDuration(10.0);

        assertEquals(new StatusUpdate.Progress("1.2", null, null, null, 10.0), form.changes());
    }
}
