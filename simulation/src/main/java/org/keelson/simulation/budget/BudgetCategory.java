package org.keelson.simulation.budget;

import org.keelson.simulation.text.LocalizedText;

/** A cost category (hardware, software, internal staff...). {@code group} rolls categories up (e.g. capex/opex). */
public record BudgetCategory(String code, LocalizedText name, String group) {
}
