package org.extramile.certification;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A trainee's deadline for one program they must still first earn: the day counted from their hire date
 * ({@code regularDueBy}), the day that holds ({@code dueBy}: HR's extension if any), whether it has passed, and the
 * extension (null if none).
 */
public record DeadlineView(
        String program, String title, LocalDate regularDueBy, LocalDate dueBy, boolean overdue, ExtensionView extension)
        implements Serializable {}
