package org.keelson.portal.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/** Backs login.xhtml: hands the typed credentials to {@link KeelsonAuthenticationMechanism}. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    /** Where a risk owner starts: the risks they own. */
    static final String RISK_OWNER_START = "/risk/my-risks.xhtml";

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + pageToContinue(external));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        msg.getString("login.failed"), null));
            }
        }
    }

    /**
     * The page that sent the caller to the login page (always a path inside this application), or, when that was
     * the portal's root or none, their start page: a risk owner's risks for risk owners (who do not also run
     * plans), the portfolio for everyone else.
     */
    private static String pageToContinue(ExternalContext external) {
        Object page = external.getSessionMap().remove(KeelsonAuthenticationMechanism.SESSION_CONTINUE);
        if (page instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.equals("/")) {
            return path;
        }
        boolean riskOwnerOnly = external.isUserInRole(Role.Names.RISK_OWNER)
                && !external.isUserInRole(Role.Names.PMO) && !external.isUserInRole(Role.Names.ADMIN);
        return riskOwnerOnly ? RISK_OWNER_START : "/";
    }

    /** Whether the caller was sent here because their session had ended (timed out or the server restarted). */
    public boolean isSessionExpired() {
        return faces.getExternalContext().getSessionMap().containsKey(KeelsonAuthenticationMechanism.SESSION_EXPIRED);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
