package org.extramile.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One organisation setting an administrator saved, with who saved it, when, and how many times (its version). */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 2000)
    private String value;

    /** 1 at the first save; compared by hand, as a setting never saved is at version 0. */
    @Column(nullable = false)
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected Setting() {}

    Setting(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    void change(String newValue, String by, Instant at) {
        value = Objects.requireNonNull(newValue, "value");
        updatedBy = Objects.requireNonNull(by, "by");
        updatedAt = Objects.requireNonNull(at, "at");
        version++;
    }

    String value() {
        return value;
    }

    long version() {
        return version;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
