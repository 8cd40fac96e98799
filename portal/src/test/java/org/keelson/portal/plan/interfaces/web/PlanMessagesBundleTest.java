package org.keelson.portal.plan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;
import org.keelson.simulation.risk.RiskStatus;

class PlanMessagesBundleTest {
    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(PageLocale.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertEquals(new TreeSet<>(bundle(Locale.ENGLISH).keySet()),
                new TreeSet<>(bundle(Locale.SIMPLIFIED_CHINESE).keySet()));
    }

    @Test
    void everyEnumShownOnThePagesHasALabel() {
        ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
        for (PlanStatus s : PlanStatus.values()) {
            zh.getString("status." + s);
        }
        for (MilestoneWarning w : MilestoneWarning.values()) {
            zh.getString("warning." + w);
        }
        for (RiskLevel l : RiskLevel.values()) {
            zh.getString("riskLevel." + l);
        }
        for (RiskStatus s : RiskStatus.values()) {
            zh.getString("riskStatus." + s);
        }
        for (ResponseStrategy r : ResponseStrategy.values()) {
            zh.getString("response." + r);
        }
        assertEquals("已逾期", zh.getString("warning.OVERDUE"), "the bundle is read as UTF-8");
    }
}
