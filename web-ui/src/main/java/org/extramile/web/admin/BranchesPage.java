package org.extramile.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.extramile.people.BranchSummary;
import org.extramile.people.BranchView;
import org.extramile.people.Branches;
import org.extramile.people.NewBranch;
import org.extramile.shared.ConflictException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/** The branches with how many people work at each; add one, or rename one (its code stays). */
@Named
@ViewScoped
public class BranchesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Branches branches;

    private List<BranchSummary> summaries = List.of();
    private String code;
    private String name;
    private String renaming;
    private String newName;

    public void load() {
        summaries = branches.summaries();
    }

    public void add() {
        try {
            BranchView added = branches.add(new NewBranch(code, name), Pages.caller());
            Failures.info(Texts.text("admin.branches.added", added.code(), added.name()));
            code = null;
            name = null;
            load();
        } catch (ConflictException taken) {
            Failures.error(Texts.text("admin.branches.taken", code));
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
    }

    public void startRenaming(BranchSummary branch) {
        renaming = branch.code();
        newName = branch.name();
    }

    public void rename() {
        try {
            BranchView renamed = branches.rename(renaming, newName, Pages.caller());
            Failures.info(Texts.text("admin.branches.renamed", renamed.code(), renamed.name()));
            renaming = null;
            load();
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
    }

    public void cancelRenaming() {
        renaming = null;
    }

    public List<BranchSummary> getSummaries() {
        return summaries;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRenaming() {
        return renaming;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
