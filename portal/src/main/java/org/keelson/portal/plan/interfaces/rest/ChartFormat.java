package org.keelson.portal.plan.interfaces.rest;

import java.io.OutputStream;

import org.jfree.chart.JFreeChart;
import org.keelson.reports.chart.Charts;

/** The image formats charts are downloaded in: the file extension in the URL, the content type and the writer. */
public enum ChartFormat {
    PNG("png", "image/png"),
    /** Vector: stays sharp when zoomed or printed, and its texts can be searched. */
    SVG("svg", "image/svg+xml");

    public final String extension;
    public final String contentType;

    ChartFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public void write(JFreeChart chart, int width, int height, OutputStream out) {
        if (this == SVG) {
            Charts.writeSvg(chart, width, height, out);
        } else {
            Charts.writePng(chart, width, height, out);
        }
    }
}
