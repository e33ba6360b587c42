package org.lessons.security;

import java.time.Clock;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingProperties;
import org.lessons.security.UserRejectedException.Reason;
import org.lessons.security.internal.AccountChanged;
import org.lessons.security.internal.PasswordPolicy;
import org.lessons.security.internal.UserAccount;
import org.lessons.security.internal.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may use Lessons, in which role and with which clearance; for administrators only, whichever screen or
 * endpoint calls it. Every rule is enforced here so that the admin screen and {@code /api/users} cannot drift
 * apart. Each change is announced once committed, so that a lowered clearance or a disabled account counts from
 * the user's next request.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class UserAdministration {

    /** Lower case only, so that "Alice" and "alice" can never be two people; 64 is the column's width. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final MarkingProperties markings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    public UserAdministration(
            UserAccountRepository accounts,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            MarkingProperties markings,
            ApplicationEventPublisher events,
            Clock clock,
            AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.markings = markings;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** The clearance a new user gets when the administrator names none. */
    public Marking defaultClearance() {
        return markings.defaultClearance();
    }

    public List<Account> list() {
        return accounts.findAll().stream().map(UserAdministration::account).toList();
    }

    @Transactional
    public Account create(NewUser user) {
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw new UserRejectedException(
                    Reason.INVALID_USERNAME,
                    "Invalid username: use 2 to 64 lower-case letters, digits, '.', '-' or '_',"
                            + " starting with a letter or digit.");
        }
        if (user.role() == null) {
            throw new UserRejectedException(Reason.INVALID_ROLE, "Give a role: ADMIN, CURATOR or ANALYST.");
        }
        checkPassword(user.password());
        Marking clearance = user.clearance() == null ? markings.defaultClearance() : user.clearance();
        UserAccount account = new UserAccount(
                user.username(), encoder.encode(user.password()), user.role(), clearance, true, clock.instant());
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException taken) {
            // the primary key decides, so that two administrators creating the same name at once cannot both win
            throw new UserRejectedException(
                    Reason.USERNAME_TAKEN, "The username '" + user.username() + "' is already taken.");
        }
        events.publishEvent(new AccountChanged(account.username()));
        log.info(
                "Created the user '{}' with the role {} and the clearance {}",
                account.username(),
                account.role(),
                account.clearance());
        audit.record(
                AuditKind.USER_CHANGE,
                "created '" + account.username() + "' with the role " + account.role() + " and the clearance "
                        + account.clearance());
        return account(account);
    }

    /**
     * Applies the parts of the change that are given. The last enabled administrator can be neither disabled
     * nor given another role: nobody could then manage users or settings, and only editing the database would
     * bring an administrator back.
     */
    @Transactional
    public Account update(String username, UserChange change) {
        UserAccount current = accounts.find(username)
                .orElseThrow(
                        () -> new UserRejectedException(Reason.UNKNOWN_USER, "There is no user '" + username + "'."));
        if (change.isEmpty()) {
            throw new UserRejectedException(
                    Reason.NO_CHANGE, "Give at least one of role, clearance, enabled or password.");
        }
        if (change.password() != null) {
            checkPassword(change.password());
        }
        UserAccount changed = new UserAccount(
                username,
                change.password() == null ? current.passwordHash() : encoder.encode(change.password()),
                change.role() == null ? current.role() : change.role(),
                change.clearance() == null ? current.clearance() : change.clearance(),
                change.enabled() == null ? current.enabled() : change.enabled(),
                current.createdAt(),
                current.lockedUntil());
        if (isActiveAdmin(current) && !isActiveAdmin(changed) && accounts.countEnabled(Role.ADMIN) <= 1) {
            throw new UserRejectedException(
                    Reason.LAST_ADMIN,
                    "'" + username + "' is the last enabled administrator: enable or create another administrator"
                            + " first, or nobody could manage users any more.");
        }
        accounts.update(changed, change.password() != null);
        events.publishEvent(new AccountChanged(username));
        log.info(
                "Changed the user '{}': role {}, clearance {}, enabled {}",
                username,
                changed.role(),
                changed.clearance(),
                changed.enabled());
        audit.record(AuditKind.USER_CHANGE, changes(current, changed, change.password() != null));
        return account(changed);
    }

    private void checkPassword(String password) {
        policy.problem(password).ifPresent(problem -> {
            throw new UserRejectedException(Reason.WEAK_PASSWORD, problem);
        });
    }

    /** What changed, from the accounts before and after: never the password itself, only that it was reset. */
    private static String changes(UserAccount before, UserAccount after, boolean passwordReset) {
        StringJoiner changes = new StringJoiner(", ", "changed '" + after.username() + "': ", "");
        changes.setEmptyValue("saved '" + after.username() + "' unchanged");
        if (before.role() != after.role()) {
            changes.add("role " + before.role() + " -> " + after.role());
        }
        if (before.clearance() != after.clearance()) {
            changes.add("clearance " + before.clearance() + " -> " + after.clearance());
        }
        if (before.enabled() != after.enabled()) {
            changes.add(after.enabled() ? "enabled" : "disabled");
        }
        if (passwordReset) {
            changes.add("password reset");
        }
        return changes.toString();
    }

    private static boolean isActiveAdmin(UserAccount account) {
        return account.enabled() && account.role() == Role.ADMIN;
    }

    private static Account account(UserAccount account) {
        return new Account(
                account.username(), account.role(), account.clearance(), account.enabled(), account.createdAt());
    }
}
