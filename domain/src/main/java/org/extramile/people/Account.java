package org.extramile.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** A login: a unique username, a PBKDF2 password hash and the roles it holds. */
@Entity
@Table(name = "account")
public class Account {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    public Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "A username is 2 to 64 lowercase letters, digits, dots, dashes or underscores: " + username);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("An account needs a display name.");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role.");
        }
        this.username = username;
        this.displayName = displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.active = true;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public AccountView view() {
        return new AccountView(username, displayName, roles());
    }
}
