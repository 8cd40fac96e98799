package org.keelson.portal.admin.interfaces.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanNotFoundException;
import org.keelson.portal.security.CurrentUser;

/** Backs admin/deleted-plans.xhtml (administrators only, see web.xml): the deleted plans and their restore. */
@Named
@ViewScoped
public class DeletedPlansView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanEditing editing;

    @Inject
    private CurrentUser user;

    private transient List<PlanEditing.DeletedPlan> deleted;

    public List<PlanEditing.DeletedPlan> getPlans() {
        if (deleted == null) {
            deleted = editing.deletedPlans();
        }
        return deleted;
    }

    public void restore(String code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            editing.restore(code, user.getUsername());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.get("admin.restored") + " " + code, null));
        } catch (PlanNotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get("edit.gone"), null));
        }
        deleted = null;
    }
}
