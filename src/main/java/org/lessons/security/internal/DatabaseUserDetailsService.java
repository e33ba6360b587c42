package org.lessons.security.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Lets Spring Security sign users in against the account table, for the login form and HTTP Basic alike. A
 * locked account is refused before its password is checked, so guessing on during the lock gains nothing; the
 * refusal reads the same as a wrong password, because neither door shows more than "sign-in failed".
 */
@Service
public class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    public DatabaseUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .roles(account.role().name())
                        .disabled(!account.enabled())
                        .accountLocked(account.lockedAt(clock.instant()))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
