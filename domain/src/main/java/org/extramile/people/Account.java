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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;

/**
 * A login: a unique username, a PBKDF2 password hash and the roles it holds; for a person on the
 * payroll also their profile: employee number, email, branch and hire date. Staff accounts such as
 * the first administrator have no employee number. An account without a password hash cannot log
 * in until a one-time password is issued.
 */
@Entity
@Table(name = "account")
public class Account {

    /** Two to 64 characters; never an erased person's pseudonym, so that no one can be given or take one. */
    public static final String USERNAME_REGEX = "(?!erased-[0-9]+$)[a-z0-9][a-z0-9._-]{1,63}";

    public static final String USERNAME_MESSAGE = "A username is 2 to 64 lowercase letters, digits, dots, dashes or"
            + " underscores, and not 'erased-' with a number (the names of erased people's accounts).";

    static final Pattern USERNAME = Pattern.compile(USERNAME_REGEX);

    /** The name an erased person's account goes by. */
    public static final String ERASED = "Erased person";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "one_time_password_expires")
    private Instant oneTimePasswordExpires;

    @Column(name = "employee_number", unique = true, length = 32)
    private String employeeNumber;

    @Column(length = 254)
    private String email;

    /** The language the person last used ExtraMile's pages in ({@code en}, {@code fr}), which their mail speaks. */
    @Column(length = 8)
    private String language;

    /**
     * The mails one may do without that the person still wants (V23). Written only by a bulk update that counts its
     * own version ({@link AccountRepository#chooseMail}), so neither conflicts with an edit of the account.
     */
    @Column(name = "mail_review_digest", insertable = false, updatable = false)
    private boolean mailReviewDigest = true;

    @Column(name = "mail_expiry_reminders", insertable = false, updatable = false)
    private boolean mailExpiryReminders = true;

    @Column(name = "mail_deadline_reminders", insertable = false, updatable = false)
    private boolean mailDeadlineReminders = true;

    @Column(name = "mail_late_digest", insertable = false, updatable = false)
    private boolean mailLateDigest = true;

    @Column(name = "mail_choices_version", insertable = false, updatable = false)
    private int mailChoicesVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @Column(name = "hire_date")
    private LocalDate hireDate;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // Both or neither (V10): the person's identity at the provider, once they signed in through it.
    @Column(name = "provider_issuer", length = 1000)
    private String providerIssuer;

    @Column(name = "provider_subject", length = 255)
    private String providerSubject;

    // V13: until when the next sign-in through the provider with this username may bind the account.
    @Column(name = "provider_link_until")
    private Instant providerLinkUntil;

    // V33: since when the account has been inactive: a retention period counts from it.
    @Column(name = "left_at")
    private Instant leftAt;

    // V33: when the person's personal data was erased; the account then keeps only their results, under a pseudonym.
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    // A page of people or a roster's worth of accounts loads its roles in a few queries, not one each.
    @BatchSize(size = 100)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    public Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this(username, displayName, roles, createdAt);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    /**
     * A person enrolled by HR. Without a password hash (a roster import) the account cannot log in
     * until a one-time password is issued; with one, it is a one-time password to be changed.
     */
    public static Account person(
            String username, PersonProfile profile, Set<Role> roles, boolean active, Instant createdAt) {
        Account account = new Account(username, profile.name(), roles, createdAt);
        account.employeeNumber = Objects.requireNonNull(profile.employeeNumber(), "employeeNumber");
        account.email = profile.email();
        account.branch = profile.branch();
        account.hireDate = profile.hireDate();
        account.language = profile.language();
        account.activeAt(active, createdAt);
        return account;
    }

    /**
     * A person who signed in through the organisation's identity provider for the first time: bound to who they are
     * there, no password (they always sign in there), no employee number until HR gives them a profile.
     */
    static Account signedUpAtProvider(
            String username,
            ProviderSubject subject,
            String displayName,
            String email,
            Set<Role> roles,
            Instant createdAt) {
        Account account = new Account(username, displayName, roles, createdAt);
        account.email = email;
        account.bindTo(subject);
        return account;
    }

    private Account(String username, String displayName, Set<Role> roles, Instant createdAt) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(USERNAME_MESSAGE + " Not: " + username);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("An account needs a display name.");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role.");
        }
        this.username = username;
        this.displayName = displayName.strip();
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

    /**
     * A digest of what a password login rests on: the password hash, the active flag and the roles. While it stays
     * the same, a login checked earlier would be checked the same way again.
     */
    public String loginStamp() {
        String state = passwordHash + "|" + active + "|" + new TreeSet<>(roles);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** Who signs in as this account through the identity provider; none for an account that never did. */
    public Optional<ProviderSubject> providerSubject() {
        return providerSubject == null
                ? Optional.empty()
                : Optional.of(new ProviderSubject(providerIssuer, providerSubject));
    }

    /** From now on this account is the one of whoever the provider knows by {@code subject}, whatever their username. */
    void bindTo(ProviderSubject subject) {
        if (providerSubject().filter(bound -> !bound.equals(subject)).isPresent()) {
            throw new IllegalStateException("The account '" + username + "' is bound to another provider identity.");
        }
        providerIssuer = subject.issuer();
        providerSubject = subject.subject();
        providerLinkUntil = null;
    }

    /** The account is no longer anyone's at the provider, nor may a sign-in bind it until allowed again. */
    void unbind() {
        providerIssuer = null;
        providerSubject = null;
        providerLinkUntil = null;
    }

    /** Until {@code until}, the next sign-in through the provider with this account's username binds it. */
    void allowLinkUntil(Instant until) {
        if (providerSubject().isPresent()) {
            throw new IllegalStateException("The account '" + username + "' is already bound to a provider identity.");
        }
        providerLinkUntil = until;
    }

    /** Until when a sign-in through the provider with this username may bind the account, if an administrator said so. */
    public Optional<Instant> providerLinkUntil() {
        return Optional.ofNullable(providerLinkUntil);
    }

    /** Whether applying this profile, roles and active flag would change anything. */
    public boolean differsFrom(PersonProfile profile, Set<Role> newRoles, Boolean newActive) {
        return !Objects.equals(displayName, profile.name())
                || !Objects.equals(email, profile.email())
                || !Objects.equals(
                        branchCode(),
                        profile.branch() == null ? null : profile.branch().code())
                || !Objects.equals(hireDate, profile.hireDate())
                || (profile.language() != null && !profile.language().equals(language))
                || (newRoles != null && !roles.equals(newRoles))
                || (newActive != null && active != newActive);
    }

    /**
     * HR's records changed: a new name, email, branch, hire date; mail language, roles and active only when given.
     * A staff account without an employee number takes the profile's.
     */
    public void revise(PersonProfile profile, Set<Role> newRoles, Boolean newActive, Instant now) {
        if (employeeNumber != null && !employeeNumber.equals(profile.employeeNumber())) {
            throw new IllegalArgumentException("A profile revises the account with the same employee number.");
        }
        employeeNumber = Objects.requireNonNull(profile.employeeNumber(), "employeeNumber");
        displayName = profile.name();
        email = profile.email();
        branch = profile.branch();
        hireDate = profile.hireDate();
        if (profile.language() != null) {
            language = profile.language();
        }
        if (newRoles != null) {
            if (newRoles.isEmpty()) {
                throw new IllegalArgumentException("An account needs at least one role.");
            }
            roles.clear();
            roles.addAll(newRoles);
        }
        if (newActive != null) {
            activeAt(newActive, now);
        }
    }

    /** An administrator gives the account these roles instead of the ones it held. */
    public void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role.");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /**
     * Forgets who the person was, keeping the account (so that their attempts still count in the figures) under
     * {@code pseudonym}, with no way in.
     */
    void erase(String pseudonym, Instant at) {
        username = pseudonym;
        erasedAt = at;
        displayName = ERASED;
        passwordHash = null;
        oneTimePasswordExpires = null;
        mustChangePassword = false;
        employeeNumber = null;
        email = null;
        language = null;
        hireDate = null;
        providerIssuer = null;
        providerSubject = null;
        providerLinkUntil = null;
        active = false;
    }

    /** Whether the person was erased: the account only keeps their results in the figures, under a pseudonym. */
    public boolean isErased() {
        return erasedAt != null;
    }

    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(erasedAt);
    }

    /** The account can no longer log in; its records and certificates stay. */
    public void deactivate(Instant now) {
        activeAt(false, now);
    }

    public void reactivate() {
        activeAt(true, null);
    }

    /** Since when the account has been inactive, if it is. */
    public Optional<Instant> leftAt() {
        return Optional.ofNullable(active ? null : leftAt);
    }

    private void activeAt(boolean nowActive, Instant now) {
        if (!nowActive && (active || leftAt == null)) {
            leftAt = now.truncatedTo(ChronoUnit.MICROS);
        } else if (nowActive) {
            leftAt = null;
        }
        active = nowActive;
    }

    /** The key a batch walking accounts in order starts after, and other tables refer to. */
    public Long id() {
        return id;
    }

    /** Counts every change, for optimistic locking: an edit made on an older version is refused. */
    public long version() {
        return version;
    }

    /**
     * HR hands the person a password that opens one door, choosing their own, and only until {@code expires}: one
     * never used is no way in for whoever else read it.
     */
    public void issueOneTimePassword(String hash, Instant expires) {
        passwordHash = Objects.requireNonNull(hash, "hash");
        oneTimePasswordExpires = Objects.requireNonNull(expires, "expires");
        mustChangePassword = true;
    }

    /** The person chose their own password. */
    public void changePassword(String hash) {
        passwordHash = Objects.requireNonNull(hash, "hash");
        oneTimePasswordExpires = null;
        mustChangePassword = false;
    }

    /** How the account's password stands at {@code now}. */
    public PasswordState passwordState(Instant now) {
        return PasswordState.at(now, mustChangePassword, oneTimePasswordExpires);
    }

    private String branchCode() {
        return branch == null ? null : branch.code();
    }

    Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Optional<String> employeeNumber() {
        return Optional.ofNullable(employeeNumber);
    }

    /** Where mail for the person goes: HR's roster gives it; staff accounts may have none. */
    public Optional<String> email() {
        return Optional.ofNullable(email).filter(address -> !address.isBlank());
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Whether to mail a trainer the daily digest of answers waiting for review. */
    public boolean wantsReviewDigest() {
        return mailReviewDigest;
    }

    /** Whether to mail a trainee that a certificate expires soon (the notice on their pages comes anyway). */
    public boolean wantsExpiryReminders() {
        return mailExpiryReminders;
    }

    /** Whether to mail a trainee that a program's deadline comes or has passed (their pages show it anyway). */
    public boolean wantsDeadlineReminders() {
        return mailDeadlineReminders;
    }

    /** Whether to mail HR the trainees who have just passed a program's deadline (the dashboard lists them anyway). */
    public boolean wantsLateDigest() {
        return mailLateDigest;
    }

    public MailChoicesView mailChoices(boolean mailOn) {
        return new MailChoicesView(
                email().orElse(null),
                language,
                mailOn,
                roles.contains(Role.TRAINER),
                mailReviewDigest,
                roles.contains(Role.TRAINEE),
                mailExpiryReminders,
                mailDeadlineReminders,
                roles.contains(Role.HR),
                mailLateDigest,
                mailChoicesVersion);
    }

    public PersonView person() {
        return new PersonView(
                employeeNumber,
                username,
                displayName,
                email,
                branchCode(),
                hireDate,
                roles(),
                active,
                passwordHash != null,
                mustChangePassword,
                mustChangePassword ? oneTimePasswordExpires : null,
                language,
                leftAt().orElse(null),
                erasedAt,
                version);
    }

    public AccountView view() {
        return new AccountView(username, displayName, roles(), passwordHash != null);
    }
}
