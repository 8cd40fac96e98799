package org.keelson.simulation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.risk.ResponseLevel;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;
import org.keelson.simulation.risk.RiskStatus;

class EnumLabelsTest {

    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(PlanStatus.class, MilestoneWarning.class,
            RiskLevel.class, RiskStatus.class, ResponseStrategy.class, ResponseLevel.class);

    @Test
    void everyConstantHasAChineseAndAnEnglishLabelThatDiffer() {
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertTrue(EnumLabels.defines(value), EnumLabels.key(value));
                String chinese = EnumLabels.of(value, Locale.SIMPLIFIED_CHINESE);
                String english = EnumLabels.of(value, Locale.ENGLISH);
                assertFalse(chinese.isBlank() || english.isBlank(), EnumLabels.key(value));
                assertNotEquals(chinese, english, EnumLabels.key(value));
            }
        }
    }

    @Test
    void anyChineseLocaleReadsChineseAndAnyOtherEnglish() {
        assertEquals("应对中", EnumLabels.of(RiskStatus.MITIGATING, Locale.forLanguageTag("zh-Hans-CN")));
        assertEquals("应对中", EnumLabels.of(RiskStatus.MITIGATING, Locale.CHINESE));
        assertEquals("Mitigating", EnumLabels.of(RiskStatus.MITIGATING, Locale.GERMANY));
        assertEquals("7 天内到期", EnumLabels.of(MilestoneWarning.DUE_IN_7_DAYS, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anEnumOfAnotherKindHasNoLabelHere() {
        assertFalse(EnumLabels.defines(DayOfWeek.MONDAY));
        assertThrows(IllegalArgumentException.class, () -> EnumLabels.of(DayOfWeek.MONDAY, Locale.ENGLISH));
    }
}
