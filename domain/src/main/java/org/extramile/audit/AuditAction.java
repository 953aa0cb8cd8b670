package org.extramile.audit;

/** What gets audited. A feature that audits something new adds its action here. */
public enum AuditAction {
    /** A roster import, dry run or not, written or refused. */
    PEOPLE_IMPORT,
    /** One person enrolled by HR. */
    PEOPLE_ENROL,
    /** HR corrected one person's record (each changed field, before and after). */
    PEOPLE_CHANGE,
    /** HR erased a leaver's personal data (what was erased, counted; whose, only by their new pseudonym). */
    PEOPLE_ERASE,
    /** HR downloaded everything kept about one person (a subject access request). */
    PEOPLE_DATA_EXPORT,
    /** A one-time password issued to a person. */
    PEOPLE_INVITATION,
    /** A certificate revoked, with the reason. */
    CERTIFICATE_REVOKE,
    /** A certificate reissued under a new serial, the old one superseded. */
    CERTIFICATE_REISSUE,
    /** Certification records exported (CSV, XLSX, JSON, NDJSON), complete or aborted. */
    RECORDS_EXPORT,
    /** Records exported as xAPI statements. */
    RECORDS_XAPI,
    /** Attempts exported with their per-criterion levels, for training analysis. */
    ATTEMPTS_EXPORT,
    /** The audit log (or a filtered part of it) exported as CSV, with its filter. */
    AUDIT_EXPORT,
    /** The trainees late with a program's deadline exported as CSV. */
    LATE_EXPORT,
    /** A ZIP of certificates' PDFs downloaded. */
    CERTIFICATE_PDFS,
    /** Logins refused for a while after repeated failures, for one username or one client address. */
    LOGIN_LOCKOUT,
    /** An administrator changed an account's roles (before and after). */
    ACCOUNT_ROLES,
    /** An administrator deactivated an account: it can no longer log in. */
    ACCOUNT_DEACTIVATE,
    /** An administrator reactivated an account. */
    ACCOUNT_REACTIVATE,
    /** An administrator reset an account's password to a one-time one. */
    ACCOUNT_PASSWORD_RESET,
    /** A person replaced their own password (whether it was a one-time one; never the password). */
    PASSWORD_CHANGE,
    /** A person who forgot their password was mailed a link to choose a new one (never the link). */
    PASSWORD_RESET_LINK,
    /** A branch added or renamed. */
    BRANCH_CHANGE,
    /** The signing key rotated: the old one retired, a new one signs. */
    SIGNING_KEY_ROTATE,
    /** An organisation setting changed (before and after). */
    SETTING_CHANGE,
    /** An account created at its first sign-in through the identity provider (single sign-on), with its roles. */
    SSO_ACCOUNT_CREATED,
    /**
     * An account that had no provider identity bound at a sign-in through the identity provider to the person's
     * (issuer, subject), because its username was theirs and an administrator or configuration allowed linking by
     * username.
     */
    SSO_ACCOUNT_LINKED,
    /** An administrator let the next sign-in through the identity provider with an account's username bind it. */
    SSO_LINK_ALLOWED,
    /** An administrator unbound an account from its person at the identity provider (the issuer and subject). */
    SSO_UNLINKED,
    /** A sign-in through the identity provider refused, with the reason, the username and the provider identity. */
    SSO_REFUSED,
    /** A sign-in through the identity provider changed the account's roles to what its groups there map to. */
    SSO_ROLES,
    /** Notices written that certificates expire soon, by the daily job: the window and the serials. */
    EXPIRY_NOTICES,
    /** Trainees reminded by the daily job that a program's deadline comes or has passed: the window and who. */
    DEADLINE_REMINDERS,
    /** HR moved a trainee's deadline for a program later: who, which program, the regular and new day, and why. */
    DEADLINE_EXTENDED,
    /** HR took an extension back: the deadline counted from the hire date holds again. */
    DEADLINE_EXTENSION_WITHDRAWN,
    /** An administrator sent a test mail: to whom, and whether the server took it (its error if not). */
    MAIL_TEST
}
