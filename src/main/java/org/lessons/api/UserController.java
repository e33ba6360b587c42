package org.lessons.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.lessons.marking.Marking;
import org.lessons.security.Account;
import org.lessons.security.NewUser;
import org.lessons.security.Role;
import org.lessons.security.UserAdministration;
import org.lessons.security.UserChange;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users, their roles and clearances, for administrators; the rules themselves live in {@link UserAdministration}. */
@RestController
class UserController {

    private final UserAdministration users;

    UserController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/api/users")
    List<Account> list() {
        return users.list();
    }

    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    Account create(@RequestBody CreateUser request) {
        return users.create(new NewUser(
                request.username(), request.password(), role(request.role()), clearance(request.clearance())));
    }

    @PutMapping("/api/users/{username}")
    Account update(@PathVariable String username, @RequestBody ChangeUser request) {
        return users.update(
                username,
                new UserChange(
                        role(request.role()), request.enabled(), request.password(), clearance(request.clearance())));
    }

    /** The role as text, so that a misspelt one is answered with the roles there are, not a parse error. */
    private static Role role(String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(Role.values())
                .filter(role -> role.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("Unknown role '" + name + "': use one of "
                        + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + "."));
    }

    /** The clearance as text, so that a misspelt one is answered with the markings there are. */
    private static Marking clearance(String label) {
        if (label == null) {
            return null;
        }
        try {
            return Marking.parse(label);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown clearance '" + label + "': use one of " + Marking.labels() + ".");
        }
    }

    record CreateUser(String username, String password, String role, String clearance) {}

    record ChangeUser(String role, Boolean enabled, String password, String clearance) {}
}
