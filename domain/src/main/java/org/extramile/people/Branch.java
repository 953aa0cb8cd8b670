package org.extramile.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A store or site people work at, named by a short code that rosters use. */
@Entity
@Table(name = "branch")
public class Branch {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");
    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "branch_seq")
    @SequenceGenerator(name = "branch_seq", sequenceName = "branch_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Branch() {}

    public Branch(String code, String name, Instant createdAt) {
        String normalised = normalise(code);
        if (!CODE.matcher(normalised).matches()) {
            throw new IllegalArgumentException(
                    "A branch code is 1 to 32 letters, digits, dashes or underscores: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A branch needs a name.");
        }
        this.code = normalised;
        this.name = name.strip();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The branch is known by another name; its code, which rosters use, stays. */
    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A branch needs a name.");
        }
        this.name = newName.strip();
    }

    /** Codes are compared without regard to case: rosters write them as they like. */
    public static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public String code() {
        return code;
    }

    public BranchView view() {
        return new BranchView(code, name);
    }
}
