package org.keelson.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Looks up, creates and authenticates portal users. */
@ApplicationScoped
@Transactional
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @PersistenceContext(unitName = "keelson")
    private EntityManager em;

    private final PasswordHasher hasher = new PasswordHasher();
    private final VerifiedPasswords verified =
            new VerifiedPasswords(Clock.systemUTC(), VerifiedPasswords.DEFAULT_TTL, VerifiedPasswords.DEFAULT_CAPACITY);
    /** Verified against when a user is unknown so that timing does not reveal which usernames exist. */
    private final String decoyHash = hasher.hash("decoy-password".toCharArray());

    public Optional<UserAccount> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        List<UserAccount> found = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", normalise(username))
                .getResultList();
        return found.stream().findFirst();
    }

    /** A user as an administrator's list shows it: never the password hash. */
    public record Listing(String username, String displayName, List<Role> roles, boolean enabled) {
    }

    /** Every user by user name, roles in declaration order. */
    public List<Listing> listUsers() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultStream()
                .map(u -> new Listing(u.getUsername(), u.getDisplayName(),
                        u.getRoles().stream().sorted().toList(), u.isEnabled()))
                .toList();
    }

    public boolean anyUserWithRole(Role role) {
        return em.createQuery("select count(u) from UserAccount u join u.roles r where r = :role", Long.class)
                .setParameter("role", role)
                .getSingleResult() > 0;
    }

    /** Usernames are case-insensitive: stored and compared in lower case. */
    static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates a user.
     *
     * @throws IllegalArgumentException if the username, display name, password or roles are unusable,
     *                                  or the username is taken
     */
    public UserAccount create(String username, String displayName, char[] password, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("Username '" + username
                    + "' must be 2-64 characters of lower-case letters, digits, '.', '_' or '-'");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Display name of user '" + username + "' must not be blank");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "Password of user '" + username + "' must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("User '" + username + "' needs at least one role");
        }
        if (findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("Username '" + username + "' is already taken");
        }
        UserAccount user = new UserAccount(username, displayName.trim(), hasher.hash(password), roles);
        em.persist(user);
        return user;
    }

    /**
     * Returns the enabled user whose password matches, or empty. Unknown users, disabled users and
     * wrong passwords are indistinguishable to the caller. A password verified within the last minutes is recognised
     * without running PBKDF2 again ({@link VerifiedPasswords}), as long as the user's stored hash is unchanged.
     */
    public Optional<UserAccount> authenticate(String username, char[] password) {
        Optional<UserAccount> user = findByUsername(username);
        if (user.isEmpty()) {
            hasher.verify(password, decoyHash);
            return Optional.empty();
        }
        UserAccount account = user.get();
        if (account.isEnabled() && verified.contains(account.getUsername(), password, account.getPasswordHash())) {
            return Optional.of(account);
        }
        boolean matches = hasher.verify(password, account.getPasswordHash());
        if (!matches || !account.isEnabled()) {
            return Optional.empty();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(hasher.hash(password));
        }
        verified.remember(account.getUsername(), password, account.getPasswordHash());
        return Optional.of(account);
    }
}
