package org.keelson.portal.simulation.interfaces.rest;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.interfaces.rest.ErrorsDto;
import org.keelson.portal.plan.interfaces.rest.PlanReportsResource;
import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.portal.simulation.application.SimulationService;
import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.roi.PlanForecast;

/**
 * What the downloads of a run share: the run looked up (404 for an unknown plan or run, 409 for a run that is not
 * done: it has nothing to download yet, or never will), the plan snapshot it simulated in the asked language
 * ({@code lang} zh or en, else the plan's own; 400 otherwise) and its forecast made again from the snapshot and the
 * stored settings, which gives the figures of its stored result.
 */
@RequestScoped
public class RunReplays {

    /** A done run made again: {@code plan} is its snapshot in the language of the download. */
    record Replayed(SimulationRun run, Plan plan, PlanForecast forecast) {
    }

    @Inject
    SimulationService simulations;

    @Inject
    PlanService plans;

    /** The answer of {@code download} for run {@code id} of plan {@code code} made again, or the error. */
    Response respond(String code, long id, String lang, Function<Replayed, Response> download) {
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            return error(Status.BAD_REQUEST, "lang", "language must be zh or en, not " + lang);
        }
        Optional<SimulationRun> found = simulations.find(code, id);
        if (found.isEmpty()) {
            return plans.findOverview(code).isEmpty() ? error(Status.NOT_FOUND, "$", "no plan with code " + code)
                    : error(Status.NOT_FOUND, "id", "plan " + code + " has no run " + id);
        }
        SimulationRun run = found.get();
        if (run.status() != RunStatus.DONE) {
            return error(Status.CONFLICT, "id", "run " + id + " is " + run.status().id()
                    + ": only a done run has downloads");
        }
        Plan snapshot = new PlanJson().read(run.planSnapshot());
        Plan plan = lang == null ? snapshot : PlanReportsResource.inLanguage(snapshot, lang);
        return download.apply(new Replayed(run, plan, simulations.replay(run)));
    }

    static Response error(Status status, String path, String message) {
        return Response.status(status).type(SimulationsResource.JSON_UTF8).entity(ErrorsDto.of(path, message))
                .build();
    }
}
