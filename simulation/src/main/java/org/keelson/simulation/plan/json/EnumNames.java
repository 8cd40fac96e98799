package org.keelson.simulation.plan.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.keelson.simulation.schedule.RelationType;

/** JSON spelling of enumerations: relation types upper case (FS), every other enumeration lower case (on_hold). */
final class EnumNames {

    private EnumNames() {
    }

    static String toJson(Enum<?> value) {
        return value instanceof RelationType ? value.name() : value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant spelled {@code text} in JSON, or null when there is none (matching is exact). */
    static <E extends Enum<E>> E fromJson(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (toJson(constant).equals(text)) {
                return constant;
            }
        }
        return null;
    }

    /** The allowed spellings in declaration order, comma-separated, for error messages. */
    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::toJson).collect(Collectors.joining(", "));
    }
}
