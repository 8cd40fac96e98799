package org.keelson.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.portal.security.Role;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;
import org.keelson.simulation.risk.RiskStatus;

class MessagesBundleTest {
    private static final List<Class<? extends Enum<?>>> ENUMS_ON_PAGES = List.of(PlanStatus.class,
            MilestoneWarning.class, RiskLevel.class, RiskStatus.class, ResponseStrategy.class, Role.class);

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertEquals(new TreeSet<>(Messages.bundle(Locale.ENGLISH).keySet()),
                new TreeSet<>(Messages.bundle(Locale.SIMPLIFIED_CHINESE).keySet()));
    }

    @Test
    void everyEnumShownOnThePagesHasALabelInBothLanguages() {
        for (Class<? extends Enum<?>> type : ENUMS_ON_PAGES) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertNotEquals(Messages.label(constant, Locale.ENGLISH),
                        Messages.label(constant, Locale.SIMPLIFIED_CHINESE), constant + " translated");
            }
        }
        assertEquals("已逾期", Messages.label(MilestoneWarning.OVERDUE, Locale.SIMPLIFIED_CHINESE),
                "the bundle is read as UTF-8");
    }

    @Test
    void aMissingValueShowsAsADash() {
        assertEquals("—", Messages.label(null, Locale.ENGLISH));
    }

    @Test
    void simplifiedChineseThroughout() {
        ResourceBundle zh = Messages.bundle(Locale.SIMPLIFIED_CHINESE);
        String traditionalOnly = "個們來這與為說時從對開關發實際單預險標據項務級畫劃錄戶碼";
        for (String key : zh.keySet()) {
            String text = zh.getString(key);
            for (char c : traditionalOnly.toCharArray()) {
                assertEquals(-1, text.indexOf(c), key + " has the Traditional character " + c + ": " + text);
            }
        }
    }
}
