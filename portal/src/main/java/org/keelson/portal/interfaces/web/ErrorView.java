package org.keelson.portal.interfaces.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * Backs error.xhtml, the page the container shows for 400, 403, 404 and 500 (web.xml): a sentence in the reader's
 * language and no internals. An unexpected failure is logged with a short reference that the page shows, so a user
 * can quote it and an operator find it in the log.
 */
@Named
@RequestScoped
public class ErrorView {
    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());
    /** The statuses with their own text; any other shows the text of 500. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 500);

    private Integer status;
    private String reference;

    /** The status the container is answering; 404 when the page is opened directly. */
    public int getStatus() {
        if (status == null) {
            Object code = request().get(RequestDispatcher.ERROR_STATUS_CODE);
            status = code instanceof Integer value ? value : 404;
        }
        return status;
    }

    /** View action: answers with the page's status, so opening the page directly is a 404 too. */
    public void answerStatus() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(getStatus());
    }

    /** The key suffix of this status's texts ({@code error.title.404}, {@code error.text.404}...). */
    public String getKind() {
        return EXPLAINED.contains(getStatus()) ? Integer.toString(getStatus()) : "500";
    }

    /** For a failure of the server: the reference under which it was logged; null otherwise. */
    public String getReference() {
        if (reference == null && getStatus() >= 500) {
            reference = UUID.randomUUID().toString().substring(0, 8);
            Object failure = request().get(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.SEVERE, failure instanceof Throwable t ? t : null, () -> "Error " + reference + " ("
                    + getStatus() + ") answering " + request().get(RequestDispatcher.ERROR_REQUEST_URI));
        }
        return reference;
    }

    private static Map<String, Object> request() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }
}
