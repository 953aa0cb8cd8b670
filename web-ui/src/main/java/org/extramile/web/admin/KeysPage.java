package org.extramile.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.extramile.certification.SigningKeyView;
import org.extramile.certification.SigningKeys;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/** The keys that sign credentials, newest first; rotating asks for a confirmation that says what happens. */
@Named
@ViewScoped
public class KeysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SigningKeys keys;

    private List<SigningKeyView> all = List.of();
    private boolean confirming;

    public void load() {
        List<SigningKeyView> newestFirst = new ArrayList<>(keys.all());
        Collections.reverse(newestFirst);
        all = newestFirst;
    }

    public void askRotation() {
        confirming = true;
    }

    public void cancel() {
        confirming = false;
    }

    public void rotate() {
        confirming = false;
        SigningKeyView next = keys.rotate(Pages.caller());
        Failures.info(Texts.text("admin.keys.rotated", next.kid()));
        load();
    }

    public List<SigningKeyView> getKeys() {
        return all;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
