package org.extramile.records;

import java.io.Serializable;
import java.time.LocalDate;

/** An active trainee who has not earned a program's certificate by its deadline, counted from their hire date. */
public record LateTrainee(
        String employeeNumber,
        String username,
        String name,
        String branch,
        LocalDate hireDate,
        LocalDate dueBy,
        long daysLate)
        implements Serializable {}
