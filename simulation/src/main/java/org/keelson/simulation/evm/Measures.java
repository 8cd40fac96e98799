package org.keelson.simulation.evm;

/**
 * Earned value measures at one date, and what follows from them. EV and AC are null where they are not known (after
 * the status date; AC of a single WBS element); every figure built on a null, or on a division by zero, is null.
 * <ul>
 * <li>SV = EV − PV, CV = EV − AC (negative: behind schedule, over cost); SPI = EV / PV, CPI = EV / AC;</li>
 * <li>EAC (CPI) = BAC / CPI: the remaining work performs at the cost efficiency so far;</li>
 * <li>EAC (CPI x SPI) = AC + (BAC − EV) / (CPI x SPI): cost and schedule efficiency both persist;</li>
 * <li>ETC = EAC (CPI) − AC, VAC = BAC − EAC (CPI); TCPI = (BAC − EV) / (BAC − AC), the cost efficiency the
 * remaining work needs to finish within BAC.</li>
 * </ul>
 */
public record Measures(double bac, double pv, Double ev, Double ac) {

    public Double sv() {
        return ev == null ? null : ev - pv;
    }

    public Double cv() {
        return ev == null || ac == null ? null : ev - ac;
    }

    public Double spi() {
        return ev == null || pv == 0 ? null : ev / pv;
    }

    public Double cpi() {
        return ev == null || ac == null || ac == 0 ? null : ev / ac;
    }

    public Double eac() {
        Double cpi = cpi();
        return cpi == null || cpi == 0 ? null : bac / cpi;
    }

    public Double eacCpiSpi() {
        Double cpi = cpi();
        Double spi = spi();
        return cpi == null || spi == null || cpi * spi == 0 ? null : ac + (bac - ev) / (cpi * spi);
    }

    public Double etc() {
        Double eac = eac();
        return eac == null ? null : eac - ac;
    }

    public Double vac() {
        Double eac = eac();
        return eac == null ? null : bac - eac;
    }

    public Double tcpi() {
        return ev == null || ac == null || bac == ac ? null : (bac - ev) / (bac - ac);
    }

    /** EV as a share of BAC, in percent (cost-weighted percent complete); null without EV or budget. */
    public Double percentComplete() {
        return ev == null || bac == 0 ? null : ev / bac * 100.0;
    }
}
