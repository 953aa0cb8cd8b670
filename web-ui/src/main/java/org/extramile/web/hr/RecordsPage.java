package org.extramile.web.hr;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.extramile.certification.Certificates;
import org.extramile.certification.ProgramView;
import org.extramile.certification.Programs;
import org.extramile.people.BranchView;
import org.extramile.people.Branches;
import org.extramile.records.CertificationRecord;
import org.extramile.records.CertificationRecords;
import org.extramile.records.RecordFilter;
import org.extramile.records.RecordStatus;
import org.extramile.shared.ConflictException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.FilterQuery;
import org.extramile.web.shared.FilterValues;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The records page: the certificates a filter selects, a page at a time, the same selection as downloads, and
 * revoking or reissuing one of them. The filter lives in the address (a GET form), so a filtered view can be
 * shared; after a revocation or reissue the page is fetched again at that address, with the outcome as a message.
 */
@Named("hrRecords")
@ViewScoped
public class RecordsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;
    static final String PATH = "/hr/records.xhtml";

    @Inject
    CertificationRecords records;

    @Inject
    Certificates certificates;

    @Inject
    Programs programs;

    @Inject
    Branches branches;

    private String from;
    private String to;
    private String program;
    private String branch;
    private String status;
    private String within;
    private String page;
    private String serial;
    private String reason;
    private String change;
    private transient List<ProgramView> programList = List.of();
    private transient List<BranchView> branchList = List.of();
    private transient Page<CertificationRecord> result;

    public void load() {
        programList = programs.all();
        branchList = branches.list();
        try {
            RecordStatus standing = RecordStatus.parse(status);
            if (standing != RecordStatus.EXPIRING) {
                // The days ahead only mean something for "expiring": a value left in the form must not refuse another.
                within = null;
            }
            RecordFilter filter = new RecordFilter(
                    FilterValues.date("from", from, false),
                    FilterValues.date("to", to, true),
                    program,
                    branch,
                    standing,
                    FilterValues.number("within", within),
                    null);
            result = records.page(records.scope(filter), PageRequest.of(FilterValues.number("page", page), PAGE_SIZE));
        } catch (RuntimeException refused) {
            result = null;
            Failures.report(refused);
        }
    }

    public void revoke() {
        act(serial -> certificates.revoke(serial, reason, Pages.caller()).serial(), "hr.records.revoked");
    }

    public void reissue() {
        act(serial -> certificates.reissue(serial, reason, Pages.caller()).serial(), "hr.records.reissued");
    }

    /** Runs a change on the chosen certificate, says how it went, and shows the same filtered page again. */
    private void act(UnaryOperator<String> change, String done) {
        try {
            String next = change.apply(serial);
            Failures.info(Texts.text(done, serial, next));
        } catch (ConflictException withdrawn) {
            Failures.error(Texts.text(
                    "hr.records.withdrawn",
                    serial,
                    statusLabel(certificates.verify(serial).status())));
        } catch (NotFoundException unknown) {
            Failures.error(Texts.text("hr.records.unknown", serial));
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath()
                    + filterQuery().with("page", page).appendTo(PATH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filter as the REST API reads it. */
    FilterQuery filterQuery() {
        return new FilterQuery()
                .with("from", from)
                .with("to", to)
                .with("program", program)
                .with("branch", branch)
                .with("status", status)
                .with("within", within);
    }

    /** This page's address (without the context path) for another page of the same filter. */
    public String pageLink(int number) {
        return filterQuery().with("page", number == 0 ? null : number).appendTo(PATH);
    }

    /** A download of the records this filter selects, by the REST API: csv, xlsx, xapi or zip. */
    public String exportLink(String format) {
        FilterQuery query = filterQuery();
        return switch (format) {
            case "xapi" -> query.appendTo("/api/records/xapi");
            case "zip" -> query.appendTo("/api/records/pdfs.zip");
            default -> query.appendTo("/api/records?format=" + format);
        };
    }

    /** xAPI statements cover attempts as well as certificates, which have no status to filter on. */
    public boolean isXapiFilterable() {
        return status == null || status.isBlank();
    }

    /**
     * The address of a row's revoke or reissue link: the script opens the dialog in place; without it the link opens
     * this page again with the dialog open for that certificate ({@link #opened}).
     */
    public String changeLink(CertificationRecord record, String action) {
        return filterQuery()
                        .with("page", page)
                        .with("change", action)
                        .with("serial", record.serial())
                        .appendTo(PATH)
                + "#" + action + "-dialog";
    }

    /** Whether the page opens with this dialog ("revoke" or "reissue"): its link was followed without the script. */
    public boolean opened(String action) {
        return action.equals(change) && changing().isPresent();
    }

    /** Which certificate the dialog the page opens with is about, in words. */
    public String getChangeSubject() {
        return changing().map(this::subject).orElse("");
    }

    /** The record a followed link names, if this page shows it and it may still change. */
    private Optional<CertificationRecord> changing() {
        if (result == null || serial == null) {
            return Optional.empty();
        }
        return result.items().stream()
                .filter(record -> record.serial().equals(serial) && mayChange(record))
                .findFirst();
    }

    public boolean mayChange(CertificationRecord record) {
        return "valid".equals(record.status()) || "expired".equals(record.status());
    }

    public String statusLabel(String standing) {
        return Texts.text("hr.records.status." + standing);
    }

    public String subject(CertificationRecord record) {
        return Texts.text("hr.records.subject", record.serial(), record.name(), record.programTitle());
    }

    public int getPageCount() {
        return result == null ? 0 : result.pageCount();
    }

    public int getPageNumber() {
        return result == null ? 0 : result.page();
    }

    public Page<CertificationRecord> getResult() {
        return result;
    }

    public List<ProgramView> getPrograms() {
        return programList;
    }

    public List<BranchView> getBranches() {
        return branchList;
    }

    public List<String> getStatuses() {
        return Arrays.stream(RecordStatus.values()).map(RecordStatus::label).toList();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getWithin() {
        return within;
    }

    public void setWithin(String within) {
        this.within = within;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
