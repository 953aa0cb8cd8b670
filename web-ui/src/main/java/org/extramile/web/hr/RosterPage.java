package org.extramile.web.hr;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import org.extramile.people.ImportReport;
import org.extramile.people.RosterImport;
import org.extramile.people.roster.RejectedRow;
import org.extramile.people.roster.RowProblem;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Texts;

/**
 * The roster page: a file is uploaded and checked first (a dry run); its progress, then its report
 * with every rejected row, are shown from the job in the page's address; only a clean check offers
 * the import, of the same file. View-scoped, so that the import button's form knows its job when
 * it is posted back.
 */
@Named
@ViewScoped
public class RosterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One broken rule of a rejected row, as a line of the report's table. */
    public record Problem(long line, String employeeNumber, String column, String reason) {}

    @Inject
    RosterJobs jobs;

    private transient Part file;
    private String jobId;
    private RosterJob job;

    public void load() {
        if (jobId != null && job() == null) {
            Failures.error(Texts.text("hr.roster.gone"));
        }
    }

    /** Reads the upload and starts its check; the page then follows the job. */
    public String check() {
        if (file == null || file.getSize() == 0) {
            Failures.error(Texts.text("hr.roster.noFile"));
            return null;
        }
        if (file.getSize() > RosterImport.MAX_BYTES) {
            Failures.error(
                    Texts.text("hr.roster.tooBig", megabytes(file.getSize()), megabytes(RosterImport.MAX_BYTES)));
            return null;
        }
        RosterJob started = jobs.checkOrImport(fileName(), read(file), true, Staff.actor());
        return follow(started);
    }

    /** Imports the file of a clean check. */
    public String importChecked() {
        RosterJob checked = job();
        if (checked == null || !checked.isImportable()) {
            Failures.error(Texts.text("hr.roster.gone"));
            return null;
        }
        return follow(jobs.checkOrImport(checked.getFileName(), checked.roster(), false, Staff.actor()));
    }

    public RosterJob getJob() {
        return job();
    }

    /** Every broken rule of every rejected row, in line order. */
    public List<Problem> getProblems() {
        RosterJob current = job();
        if (current == null || current.getReport() == null) {
            return List.of();
        }
        return current.getReport().rejected().stream()
                .flatMap(row -> row.problems().stream().map(p -> problem(row, p)))
                .toList();
    }

    public int getRejectedRows() {
        return Optional.ofNullable(job())
                .map(RosterJob::getReport)
                .map(ImportReport::rejected)
                .map(List::size)
                .orElse(0);
    }

    public String getMaxSize() {
        return megabytes(RosterImport.MAX_BYTES);
    }

    public int getMaxBytes() {
        return RosterImport.MAX_BYTES;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    private RosterJob job() {
        if (job == null && jobId != null) {
            job = jobs.find(jobId).orElse(null);
        }
        return job;
    }

    private static Problem problem(RejectedRow row, RowProblem problem) {
        return new Problem(row.line(), row.employeeNumber(), problem.column(), problem.reason());
    }

    private static String follow(RosterJob job) {
        return "/hr/roster?faces-redirect=true&job=" + job.getId();
    }

    private String fileName() {
        String name = file.getSubmittedFileName();
        return name == null || name.isBlank() ? "roster.csv" : name;
    }

    private static byte[] read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A size in megabytes with one decimal, rounded up (so that a file just over the limit never reads as
     * the limit itself), in the page's language.
     */
    private static String megabytes(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(Texts.locale());
        format.setMaximumFractionDigits(1);
        return format.format(Math.ceil(bytes / (1024.0 * 1024.0) * 10) / 10);
    }
}
