package org.keelson.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates user name and password against the users table; the user's roles become its groups. */
@ApplicationScoped
public class KeelsonIdentityStore implements IdentityStore {

    @Inject
    UserService users;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return users.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user.getUsername(), groupsOf(user)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> groupsOf(UserAccount user) {
        return user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
