package org.extramile.people;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person replaces their password (the one-time one, or their own). */
public record PasswordChange(
        @NotNull(message = "Your current password is required.") String currentPassword,
        @NotNull(message = "A new password is required.")
                @Size(
                        min = PasswordChange.MIN_LENGTH,
                        max = 200,
                        message = "A new password is 12 to 200 characters: a few words make a good one.")
                String newPassword) {

    public static final int MIN_LENGTH = 12;
}
