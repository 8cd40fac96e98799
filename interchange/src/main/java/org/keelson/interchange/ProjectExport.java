package org.keelson.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.keelson.simulation.plan.Plan;
import org.mpxj.ProjectFile;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.mpxj.writer.ProjectWriter;

/**
 * Writes a plan as an MS Project XML (MSPDI) or Primavera P6 XER file (see {@link ProjectFromPlan} for what maps
 * to what); both UTF-8. The stream is flushed, not closed. Stateless and thread-safe.
 */
public final class ProjectExport {

    /** Writes {@code plan}, which must be valid (as the plan codec reads it), in {@code format} to {@code out}. */
    public void write(Plan plan, ExportFormat format, OutputStream out) {
        ProjectFile project = new ProjectFromPlan(plan).project();
        ProjectWriter writer = switch (format) {
            case MSPDI -> new MSPDIWriter();
            case XER -> {
                PrimaveraXERFileWriter xer = new PrimaveraXERFileWriter();
                xer.setCharset(StandardCharsets.UTF_8);
                yield xer;
            }
        };
        try {
            writer.write(project, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
