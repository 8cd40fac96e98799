package org.keelson.portal.simulation.interfaces.rest;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.StreamingOutput;

import org.keelson.portal.plan.interfaces.rest.ChartFormat;

/**
 * {@code GET /api/plans/KP-000/simulations/7/charts/finish.png?lang=en} (also {@code tornado.png}, and
 * {@code npv.png} for a plan with a benefit model, else 404; each also as {@code .svg}): a chart of a done run as a
 * PNG or SVG of the workbook's charts, made like {@link SimulationWorkbookResource}'s workbook.
 */
@Path("plans/{code}/simulations/{id: [0-9]+}/charts")
@RequestScoped
public class SimulationChartsResource {
    @Inject
    RunReplays replays;

    @GET
    @Path("{chart}.png")
    public Response png(@PathParam("code") String code, @PathParam("id") long id,
            @PathParam("chart") String chartName, @QueryParam("lang") String lang) {
        return chart(code, id, chartName, lang, ChartFormat.PNG);
    }

    @GET
    @Path("{chart}.svg")
    public Response svg(@PathParam("code") String code, @PathParam("id") long id,
            @PathParam("chart") String chartName, @QueryParam("lang") String lang) {
        return chart(code, id, chartName, lang, ChartFormat.SVG);
    }

    private Response chart(String code, long id, String chartName, String lang, ChartFormat format) {
        Optional<RunFiles.Chart> chart = RunFiles.Chart.named(chartName);
        if (chart.isEmpty()) {
            return RunReplays.error(Status.NOT_FOUND, "chart", "no chart " + chartName + "; there are "
                    + Arrays.stream(RunFiles.Chart.values()).map(c -> c.urlName).toList());
        }
        return replays.respond(code, id, lang, replayed -> {
            if (!chart.get().drawable(replayed.forecast())) {
                return RunReplays.error(Status.NOT_FOUND, "chart",
                        "run " + id + " has no NPV: its plan has no benefit model");
            }
            StreamingOutput body = out -> RunFiles.writeChart(chart.get(), replayed.plan(), replayed.forecast(), format,
                    out);
            return Response.ok(body, format.contentType).header("Content-Disposition",
                    "attachment; filename=\"" + RunFiles.chartName(code, id, chart.get(), format) + "\"").build();
        });
    }
}
