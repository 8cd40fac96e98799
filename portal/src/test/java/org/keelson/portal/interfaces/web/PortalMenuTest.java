package org.keelson.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keelson.portal.i18n.Messages;
import org.keelson.portal.security.Role;

class PortalMenuTest {
    private static final Set<String> ALL_PAGES_EXIST = Set.of("/portfolio.xhtml", "/plan/plans.xhtml",
            "/risk/my-risks.xhtml", "/budget/budgets.xhtml", "/simulation/runs.xhtml", "/admin/users.xhtml");

    private static List<String> keysFor(Role role, Set<String> pages) {
        return PortalMenu.visible(PortalMenu.SECTIONS, role::equals, pages::contains).stream()
                .map(PortalMenu.Entry::key).toList();
    }

    @Test
    void eachRoleSeesItsSections() {
        assertEquals(List.of("portfolio", "plans", "budget", "simulations"), keysFor(Role.PMO, ALL_PAGES_EXIST));
        assertEquals(List.of("portfolio", "myRisks", "simulations"), keysFor(Role.RISK_OWNER, ALL_PAGES_EXIST));
        assertEquals(List.of("portfolio", "simulations", "admin"), keysFor(Role.ADMIN, ALL_PAGES_EXIST));
        assertEquals(List.of("portfolio", "plans", "budget", "simulations"), keysFor(Role.EXECUTIVE, ALL_PAGES_EXIST));
    }

    @Test
    void sectionsWithoutAPageStayHidden() {
        assertEquals(List.of("portfolio"), keysFor(Role.RISK_OWNER, Set.of("/portfolio.xhtml", "/admin/users.xhtml")));
    }

    @Test
    void everySectionHasALabel() {
        PortalMenu.SECTIONS.forEach(e -> {
            Messages.bundle(Locale.ENGLISH).getString("menu." + e.key());
            Messages.bundle(Locale.SIMPLIFIED_CHINESE).getString("menu." + e.key());
        });
    }
}
