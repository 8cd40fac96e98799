package org.keelson.simulation.roi;

/**
 * How much one driver swings the NPV: mean NPV over the iterations where the driver was in its lowest decile
 * ({@code npvWhenLow}) and its highest decile ({@code npvWhenHigh}). Drivers are the benefit lines' run-rates, the
 * total investment ("investment") and the go-live date ("goLive").
 */
public record RoiTornadoEntry(String driver, double npvWhenLow, double npvWhenHigh) {

    public double swing() {
        return Math.abs(npvWhenHigh - npvWhenLow);
    }
}
