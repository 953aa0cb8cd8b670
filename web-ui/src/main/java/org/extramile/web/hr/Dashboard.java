package org.extramile.web.hr;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.extramile.certification.ExpiryNoticeView;
import org.extramile.certification.ExpiryNotices;
import org.extramile.certification.ProgramView;
import org.extramile.certification.Programs;
import org.extramile.records.BranchCoverage;
import org.extramile.records.CertificationCoverage;
import org.extramile.records.Coverage;
import org.extramile.records.ExpiringSoon;
import org.extramile.records.LateList;
import org.extramile.records.LateTrainees;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.PageRequest;
import org.extramile.web.shared.BarChart;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Formats;
import org.extramile.web.shared.Texts;

/**
 * HR's dashboard for one program (the first, unless another is chosen): the certified share of each branch and the
 * certificates expiring within 30, 60 and 90 days, each drawn as a chart with the same figures in a table; and the
 * expiry notices the daily job wrote for the program's certificates that still stand.
 */
@Named("hrDashboard")
@RequestScoped
public class Dashboard {

    /** The notices listed, soonest expiry first; the records page (status expiring) has them all. */
    static final int NOTICES_SHOWN = 50;

    @Inject
    CertificationCoverage coverage;

    @Inject
    Programs programs;

    @Inject
    ExpiryNotices expiryNotices;

    @Inject
    Formats formats;

    @Inject
    LateTrainees lateTrainees;

    private String program;
    /** The branch the late list is narrowed to; null: all. */
    private String lateBranch;
    /** The page of the late list shown, from 0. */
    private Integer latePage;

    private List<ProgramView> programList = List.of();
    private Coverage figures;
    private List<ExpiryNoticeView> notices = List.of();
    private LateList late;

    public void load() {
        programList = programs.all();
        if (program == null || program.isBlank()) {
            program = programList.isEmpty() ? null : programList.get(0).slug();
        }
        if (program == null) {
            return;
        }
        try {
            figures = coverage.of(program);
            notices = expiryNotices.standing(program, NOTICES_SHOWN);
            late = lateList();
        } catch (NotFoundException unknown) {
            Failures.error(Texts.text("hr.dashboard.unknownProgram", program));
        }
    }

    public String getShareChart() {
        List<BarChart.Bar> bars = figures.branches().stream()
                .map(b -> new BarChart.Bar(branchName(b), b.share() == null ? 0 : b.share(), share(b)))
                .toList();
        return BarChart.rows(
                "branch-share",
                Texts.text("hr.dashboard.share"),
                Texts.text("hr.dashboard.share.desc", getProgramTitle()),
                bars,
                1);
    }

    /** Whether any certificate expires within the widest window (each window counts those expiring sooner too). */
    public boolean isAnyExpiring() {
        return figures.expiring().stream().anyMatch(e -> e.certificates() > 0);
    }

    /** The widest window looked at, in days. */
    public int getWidestWindow() {
        return figures.expiring().stream().mapToInt(ExpiringSoon::days).max().orElse(0);
    }

    public String getExpiringChart() {
        List<BarChart.Bar> bars = figures.expiring().stream()
                .map(e -> new BarChart.Bar(window(e), e.certificates(), Long.toString(e.certificates())))
                .toList();
        return BarChart.svg(
                "expiring",
                Texts.text("hr.dashboard.expiring"),
                Texts.text("hr.dashboard.expiring.desc", getProgramTitle()),
                bars,
                0);
    }

    /** The branch as the table names it: "City Centre (CITY)". */
    public String branchName(BranchCoverage branch) {
        return branch.code() == null ? Texts.text("hr.dashboard.noBranch") : branch.name() + " (" + branch.code() + ")";
    }

    public String share(BranchCoverage branch) {
        return formats.percent(branch.share());
    }

    public String window(ExpiringSoon soon) {
        return Texts.text("hr.dashboard.within", soon.days());
    }

    public String getProgramTitle() {
        return programList.stream()
                .filter(p -> p.slug().equals(program))
                .map(ProgramView::title)
                .findFirst()
                .orElse(program);
    }

    /**
     * The page of the late list the address names; a page past its end (the list shrank since the link was made)
     * shows the last, an impossible one the first.
     */
    private LateList lateList() {
        PageRequest page;
        try {
            page = PageRequest.of(latePage, NOTICES_SHOWN);
        } catch (InvalidException impossible) {
            page = PageRequest.of(0, NOTICES_SHOWN);
        }
        LateList list = lateTrainees.of(program, lateBranch, page);
        if (list.items().isEmpty() && list.total() > 0) {
            int last = (int) ((list.total() - 1) / NOTICES_SHOWN);
            list = lateTrainees.of(program, lateBranch, PageRequest.of(last, NOTICES_SHOWN));
        }
        return list;
    }

    /** The rank of the first and last trainee shown on the late list's page, from 1. */
    public long getLateFrom() {
        return (long) late.page() * late.size() + 1;
    }

    public long getLateTo() {
        return (long) late.page() * late.size() + late.items().size();
    }

    public boolean isLateHasPrevious() {
        return late != null && late.page() > 0;
    }

    public boolean isLateHasNext() {
        return late != null && getLateTo() < late.total();
    }

    /** Who is late with the program, the longest late first; its dueDays null when it sets no deadline. */
    public LateList getLate() {
        return late;
    }

    public List<ExpiryNoticeView> getNotices() {
        return notices;
    }

    public Coverage getFigures() {
        return figures;
    }

    public List<ProgramView> getPrograms() {
        return programList;
    }

    /** The late list as CSV, of the branch chosen if any: everyone, not only the first page. */
    public String getLateCsv() {
        return "/api/records/late?format=csv&program=" + program
                + (lateBranch == null ? "" : "&branch=" + URLEncoder.encode(lateBranch, StandardCharsets.UTF_8));
    }

    public Integer getLatePage() {
        return latePage;
    }

    public void setLatePage(Integer latePage) {
        this.latePage = latePage;
    }

    public String getLateBranch() {
        return lateBranch;
    }

    public void setLateBranch(String lateBranch) {
        this.lateBranch = lateBranch == null || lateBranch.isBlank() ? null : lateBranch;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }
}
