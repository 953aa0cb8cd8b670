package org.extramile.web.trainee;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.extramile.attempt.AttemptStatus;
import org.extramile.attempt.AttemptSummary;
import org.extramile.attempt.AttemptView;
import org.extramile.attempt.Caller;
import org.extramile.attempt.CardHistory;
import org.extramile.attempt.CardSource;
import org.extramile.attempt.RolePlay;
import org.extramile.attempt.StepPrompt;
import org.extramile.attempt.TurnView;
import org.extramile.rubric.RubricScorer;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioSummary;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.text.AnswerLanguage;
import org.extramile.shared.ConflictException;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Highlighter;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The role-play page: the situation, the conversation so far, the customer's current line and the
 * answer box; the feedback on the last answer; the result once the role-play ended. Each answer is
 * sent with an idempotency key kept for this page, so a double click stores it once.
 */
@Named
@ViewScoped
public class RolePlayPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RolePlay rolePlay;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    RubricScorer scorer;

    @Inject
    Plays plays;

    private String attempt;
    private String turn;
    private boolean answered;
    private UUID id;
    private AttemptView view;
    private String answer;
    private String idempotencyKey = UUID.randomUUID().toString();
    private boolean confirmingAbandon;
    private String foreignLanguage;
    private boolean rewriting;
    private String reviewNote;
    private boolean askingForReview;

    public void load() {
        try {
            id = UUID.fromString(attempt == null ? "" : attempt);
            if (readingAnothersAttempt()) {
                // This page speaks to the attempt's trainee and acts for them; a trainer reads it on their own page.
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + "/trainer/attempt.xhtml?attempt=" + id);
                return;
            }
            refresh();
        } catch (IllegalArgumentException | NotFoundException unknown) {
            Pages.notFound();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean readingAnothersAttempt() {
        return Pages.callerIsTrainerOrAdmin()
                && !rolePlay.read(id).player().username().equals(Pages.caller());
    }

    /**
     * Sends the answer to the current step; a step answered meanwhile in another tab keeps the text. An answer in
     * another language is held back first: the scorer would leave it to a trainer, and the customer would carry on as
     * if it said nothing, so the trainee may rewrite it in English or send it as it is.
     */
    public String send() {
        rewriting = false;
        foreignLanguage =
                answer == null ? null : AnswerLanguage.shared().foreign(answer).orElse(null);
        return foreignLanguage == null ? sendAsWritten() : null;
    }

    /** Sends the answer whatever its language: a trainer will score one the scorer cannot read. */
    public String sendAsWritten() {
        foreignLanguage = null;
        if (view.currentStep() == null) {
            return stale();
        }
        try {
            rolePlay.answer(id, Pages.caller(), view.currentStep().key(), answer, idempotencyKey);
            return "/play?faces-redirect=true&answered=true&attempt=" + id;
        } catch (RuntimeException refused) {
            if (Failures.find(refused, ConflictException.class).isPresent()) {
                return stale();
            }
            Failures.report(refused);
            return null;
        }
    }

    /**
     * Asks a trainer to look at the answer shown again, with the trainee's note; the page then shows that answer with
     * the request under it.
     */
    public String askForReview() {
        TurnView shown = getShownTurn();
        if (reviewNote == null || reviewNote.isBlank()) {
            askingForReview = true;
            Failures.error(Texts.text("play.askReview.required"));
            return null;
        }
        try {
            rolePlay.askForReview(id, Pages.caller(), shown.id(), reviewNote);
        } catch (RuntimeException refused) {
            askingForReview = true;
            Optional<ConflictException> conflict = Failures.find(refused, ConflictException.class);
            if (conflict.isEmpty()) {
                Failures.report(refused);
                return null;
            }
            refresh();
            Failures.error(conflict.get().getMessage());
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Failures.info(Texts.text("play.askReview.done"));
        return "/play?faces-redirect=true&attempt=" + id + "&turn=" + (shown.number() + 1);
    }

    /** Whether the trainee may ask a trainer to look at the answer shown again: once, and not on an attempt given up. */
    public boolean isMayAskForReview() {
        return view.status() != AttemptStatus.ABANDONED
                && shownTurn().map(TurnView::mayAskForReview).orElse(false);
    }

    private String stale() {
        refresh();
        Failures.error(Texts.text("play.stale"));
        return null;
    }

    /** Back to the answer box, to write the answer again in English. */
    public void rewrite() {
        foreignLanguage = null;
        rewriting = true;
    }

    public void askToAbandon() {
        confirmingAbandon = true;
    }

    public void keepPlaying() {
        confirmingAbandon = false;
    }

    public String abandon() {
        try {
            rolePlay.abandon(id, Pages.caller());
        } catch (RuntimeException refused) {
            if (Failures.find(refused, ConflictException.class).isEmpty()) {
                throw refused;
            }
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Failures.info(Texts.text("play.abandoned", view.title()));
        return "/scenarios?faces-redirect=true";
    }

    public String retry() {
        return plays.start(view.scenario());
    }

    /** The next published scenario after this one that the trainee has not passed yet, else the catalogue. */
    public String nextScenario() {
        Set<String> passed = rolePlay.mine(Pages.caller()).attempts().stream()
                .filter(a -> a.result() != null && a.result().passed())
                .map(AttemptSummary::scenario)
                .collect(Collectors.toSet());
        List<String> slugs =
                catalogue.visibleTo(false).stream().map(ScenarioSummary::slug).toList();
        int here = slugs.indexOf(view.scenario());
        return Stream.concat(slugs.stream().skip(here + 1L), slugs.stream().limit(Math.max(here, 0)))
                .filter(slug -> !passed.contains(slug) && !slug.equals(view.scenario()))
                .findFirst()
                .map(plays::start)
                .orElse("/scenarios?faces-redirect=true");
    }

    private void refresh() {
        boolean reviewer = Pages.callerIsTrainerOrAdmin();
        view = rolePlay.get(id, new Caller(Pages.caller(), reviewer));
    }

    public boolean isInProgress() {
        return view.status() == AttemptStatus.IN_PROGRESS;
    }

    /** The exchanges played so far, each with the customer's line it answered. */
    public List<Exchange> getConversation() {
        List<Exchange> exchanges = new ArrayList<>();
        TurnView shown = getShownTurn();
        for (TurnView turn : view.turns()) {
            StepPrompt step = turn.prompt();
            exchanges.add(new Exchange(
                    step == null ? "" : step.customerLine(),
                    step == null ? null : step.stageDirection(),
                    turn.text(),
                    turn.number() + 1,
                    turn.card().points(),
                    turn.card().maxPoints(),
                    turn.underReview(),
                    turn == shown));
        }
        return exchanges;
    }

    /**
     * The answer whose feedback the page shows: the one asked for by its place (1 for the first), so that an attempt read again shows
     * how each answer was scored, else the last one given.
     */
    public Optional<TurnView> shownTurn() {
        if (view.turns().isEmpty()) {
            return Optional.empty();
        }
        String place = String.valueOf(turn);
        return view.turns().stream()
                .filter(t -> place.equals(Integer.toString(t.number() + 1)))
                .findFirst()
                .or(() -> Optional.of(view.turns().get(view.turns().size() - 1)));
    }

    public TurnView getShownTurn() {
        return shownTurn().orElse(null);
    }

    /** Whether the feedback shown is the last answer's, as it is while playing. */
    public boolean isShowingLast() {
        return shownTurn()
                .map(t -> t == view.turns().get(view.turns().size() - 1))
                .orElse(true);
    }

    /**
     * Whether the answer shown went unscored, not being in English, and waits for a trainer: its verdicts are
     * placeholders, so the page says why in their place.
     */
    public boolean isUnread() {
        return shownTurn()
                .filter(turn -> turn.underReview() && turn.card().unread())
                .isPresent();
    }

    /** Per criterion of the answer shown: met or missed, the points, the trainer's feedback. */
    public List<FeedbackLine> getFeedback() {
        return shownTurn()
                .map(turn -> {
                    Map<String, CriterionScore> scores = Stream.concat(
                                    turn.card().criteria().stream(), turn.card().penalties().stream())
                            .collect(Collectors.toMap(CriterionScore::key, s -> s, (a, b) -> a));
                    return turn.feedback().stream()
                            .map(f -> {
                                CriterionScore score = scores.get(f.key());
                                return new FeedbackLine(
                                        f, score == null ? 0 : score.points(), score == null ? 0 : score.maxPoints());
                            })
                            .toList();
                })
                .orElse(List.of());
    }

    /** The answer shown as HTML, escaped, with the words that earned points marked. */
    public String getHighlighted() {
        return shownTurn()
                .map(turn -> Highlighter.highlight(turn.text(), turn.card()))
                .orElse("");
    }

    /** The latest rescore of the attempt's answers (which version, when), or null if a trainer never rescored it. */
    public CardHistory getRescore() {
        return view.turns().stream()
                .flatMap(turn -> turn.history().stream())
                .filter(card -> card.source() == CardSource.RESCORE)
                .max(Comparator.comparing(CardHistory::at))
                .orElse(null);
    }

    /** The titles of the critical criteria the attempt failed. */
    public List<String> getFailedCritical() {
        if (view.result() == null) {
            return List.of();
        }
        Map<String, String> titles = new LinkedHashMap<>();
        view.turns().forEach(turn -> turn.card().criteria().forEach(c -> titles.putIfAbsent(c.key(), c.title())));
        return view.result().failedCritical().stream()
                .map(key -> titles.getOrDefault(key, key))
                .toList();
    }

    public int getMaxLength() {
        return scorer.maxAnswerLength();
    }

    public AttemptView getView() {
        return view;
    }

    public String getAttempt() {
        return attempt;
    }

    public void setAttempt(String attempt) {
        this.attempt = attempt;
    }

    public String getTurn() {
        return turn;
    }

    public void setTurn(String turn) {
        this.turn = turn;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    /** Whether the request form stays open: it was sent and refused, and the note is still there to correct. */
    public boolean isAskingForReview() {
        return askingForReview;
    }

    public boolean isAnswered() {
        return answered;
    }

    public void setAnswered(boolean answered) {
        this.answered = answered;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    /** The language (a BCP 47 tag) of an answer held back before sending, null when none is. */
    public String getForeignLanguage() {
        return foreignLanguage;
    }

    /** Whether the trainee chose to rewrite an answer held back: the answer box takes the focus. */
    public boolean isRewriting() {
        return rewriting;
    }

    public boolean isConfirmingAbandon() {
        return confirmingAbandon;
    }
}
