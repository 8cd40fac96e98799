package org.keelson.portal.interfaces.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.keelson.portal.security.Role;

/**
 * The menu of the page template: the portal's sections, each shown to the roles it serves and only once its
 * page exists (a section is declared here before its page is written, and appears when the page is added).
 */
@Named("portalMenu")
@RequestScoped
public class PortalMenu {

    /** A section: its label key ({@code menu.<key>}), page, icon and the roles that see it. */
    public record Entry(String key, String viewId, String icon, Set<Role> roles) {
        /** The folder of the section's pages, for marking the entry of the page being shown. */
        String folder() {
            int slash = viewId.lastIndexOf('/');
            return slash == 0 ? null : viewId.substring(0, slash + 1);
        }
    }

    static final List<Entry> SECTIONS = List.of(
            new Entry("portfolio", "/portfolio.xhtml", "pi pi-th-large", EnumSet.allOf(Role.class)),
            new Entry("plans", "/plan/plans.xhtml", "pi pi-list", EnumSet.of(Role.PMO, Role.EXECUTIVE)),
            new Entry("myRisks", "/risk/my-risks.xhtml", "pi pi-exclamation-triangle", EnumSet.of(Role.RISK_OWNER)),
            new Entry("budget", "/budget/budgets.xhtml", "pi pi-wallet",
                    EnumSet.of(Role.PMO, Role.EXECUTIVE, Role.FINANCE)),
            new Entry("simulations", "/simulation/runs.xhtml", "pi pi-chart-line", EnumSet.allOf(Role.class)),
            new Entry("admin", "/admin/users.xhtml", "pi pi-users", EnumSet.of(Role.ADMIN)),
            new Entry("deletedPlans", "/admin/deleted-plans.xhtml", "pi pi-trash", EnumSet.of(Role.ADMIN)));

    @Inject
    SecurityContext security;

    private List<Entry> entries;

    /** The sections the signed-in user sees. */
    public List<Entry> getEntries() {
        if (entries == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            entries = visible(SECTIONS, role -> security.isCallerInRole(role.name()),
                    viewId -> resourceExists(faces, viewId));
        }
        return entries;
    }

    /** Whether {@code entry} is the section of the page being shown. */
    public boolean isCurrent(Entry entry) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.equals(entry.viewId()) || entry.folder() != null && viewId.startsWith(entry.folder());
    }

    static List<Entry> visible(List<Entry> sections, Predicate<Role> callerHas, Predicate<String> pageExists) {
        return sections.stream()
                .filter(e -> e.roles().stream().anyMatch(callerHas))
                .filter(e -> pageExists.test(e.viewId()))
                .toList();
    }

    private static boolean resourceExists(FacesContext faces, String viewId) {
        try {
            return faces.getExternalContext().getResource(viewId) != null;
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException("Menu entry with a malformed page " + viewId, e);
        }
    }
}
