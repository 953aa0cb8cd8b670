package org.extramile.audit;

import java.time.Instant;
import java.util.Map;

/** An audit event as HR and administrators read it. */
public record AuditEventView(
        long id, Instant at, String actor, AuditAction action, Map<String, Object> details, long rows) {}
