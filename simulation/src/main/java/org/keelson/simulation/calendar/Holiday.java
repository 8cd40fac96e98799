package org.keelson.simulation.calendar;

import java.time.LocalDate;

/** A non-working period such as Spring Festival (春节) or National Day (国庆); both dates inclusive. */
public record Holiday(String name, LocalDate from, LocalDate to) {
}
