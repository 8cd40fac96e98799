package org.keelson.simulation.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.testing.PlanFixtures;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.MicrosoftScheduler;

/** Deterministic dates must match MPXJ's Microsoft Project-style CPM on random networks with all link types. */
class MpxjAgreementTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void earlyAndLateDatesMatchMpxj(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 60;
        List<Activity> wbs = new ArrayList<>();
        ProjectFile file = new ProjectFile();
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.setDefaultCalendar(calendar);
        file.getProjectProperties().setStartDate(PlanFixtures.START.atTime(8, 0));
        List<Task> tasks = new ArrayList<>();
        RelationType[] types = RelationType.values();
        for (int i = 0; i < n; i++) {
            boolean isMilestone = i > 0 && random.nextInt(10) == 0;
            int duration = isMilestone ? 0 : 1 + random.nextInt(10);
            List<Relation> relations = new ArrayList<>();
            Task task = file.addTask();
            task.setName("T" + i);
            task.setTaskMode(TaskMode.AUTO_SCHEDULED);
            task.setDuration(Duration.getInstance(duration, TimeUnit.DAYS));
            task.setMilestone(isMilestone);
            task.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
            task.setRemainingDuration(Duration.getInstance(duration, TimeUnit.DAYS));
            int links = i == 0 ? 0 : 1 + random.nextInt(Math.min(i, 3));
            List<Integer> used = new ArrayList<>();
            for (int k = 0; k < links; k++) {
                int p = random.nextInt(i);
                if (used.contains(p)) {
                    continue;
                }
                used.add(p);
                RelationType type = random.nextInt(2) == 0 ? RelationType.FS : types[random.nextInt(types.length)];
                int lag = random.nextInt(4) == 0 ? random.nextInt(9) - 3 : 0;
                relations.add(new Relation("T" + p, type, lag));
                task.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(tasks.get(p)).type(MpxjRelationTypes.of(type))
                        .lag(Duration.getInstance(lag, TimeUnit.DAYS)));
            }
            tasks.add(task);
            wbs.add(new Activity("T" + i, null, null, null, isMilestone, duration, null, null, null, 0, null, null, 0, 0,
                    null, relations));
        }
        new MicrosoftScheduler().schedule(file, PlanFixtures.START.atTime(8, 0));
        Plan plan = PlanFixtures.plan(wbs);
        Schedule schedule = CriticalPathScheduler.schedule(plan);
        for (int i = 0; i < n; i++) {
            Task task = tasks.get(i);
            ScheduledActivity mine = schedule.activity("T" + i).orElseThrow();
            StringBuilder detail = new StringBuilder();
            for (Relation r : wbs.get(i).relations()) {
                Task p = tasks.get(Integer.parseInt(r.predecessor().substring(1)));
                ScheduledActivity pm = schedule.activity(r.predecessor()).orElseThrow();
                detail.append("\n  ").append(r).append(" mpxj ").append(p.getEarlyStart()).append("..").append(p.getEarlyFinish())
                        .append(" mine ").append(pm.earlyStart()).append("..").append(pm.earlyFinish()).append(' ').append(pm.earlyStartDate()).append("..").append(pm.earlyFinishDate());
            }
            String what = "T" + i + " (seed " + seed + ") dur " + wbs.get(i).duration() + " mpxj " + task.getEarlyStart() + ".." + task.getEarlyFinish() + " mine " + mine.earlyStart() + ".." + mine.earlyFinish() + detail;
            assertEquals(task.getEarlyStart().toLocalDate(), mine.earlyStartDate(), what + " early start");
            assertEquals(task.getEarlyFinish().toLocalDate(), mine.earlyFinishDate(), what + " early finish");
            assertEquals(task.getLateStart().toLocalDate(), mine.lateStartDate(), what + " late start");
            assertEquals(task.getLateFinish().toLocalDate(), mine.lateFinishDate(), what + " late finish");
        }
        LocalDate projectFinish = tasks.stream().map(t -> t.getEarlyFinish().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        assertEquals(projectFinish, schedule.finishDate());
    }
}
