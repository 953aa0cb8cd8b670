package org.extramile.web.hr;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditEventView;
import org.extramile.audit.AuditQuery;
import org.extramile.people.AuditTrail;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.shared.Violation;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.FilterQuery;
import org.extramile.web.shared.FilterValues;
import org.extramile.web.shared.Texts;

/**
 * The audit log for HR and administrators: who did what, when, about whom, newest first, a page at a time. The filter
 * lives in the address (a GET form), so "everything about Dana" is a link: the people pages give one.
 */
@Named("auditPage")
@RequestScoped
public class AuditPage {

    static final int PAGE_SIZE = 50;
    static final String PATH = "/hr/audit.xhtml";

    @Inject
    AuditTrail trail;

    private String action;
    private String actor;
    private String person;
    private String from;
    private String to;
    private String page;
    private Page<AuditEventView> result;

    public void load() {
        try {
            AuditQuery query = new AuditQuery(
                    action(), actor, person, FilterValues.date("from", from, false), FilterValues.date("to", to, true));
            result = trail.search(query, PageRequest.of(FilterValues.number("page", page), PAGE_SIZE));
        } catch (RuntimeException refused) {
            result = null;
            Failures.report(refused);
        }
    }

    private AuditAction action() {
        if (action == null || action.isBlank()) {
            return null;
        }
        return Arrays.stream(AuditAction.values())
                .filter(known -> known.name().equals(action.strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidException(
                        List.of(new Violation("/action", Texts.text("hr.audit.unknownAction", action)))));
    }

    /** Every action, by its name in the page's language. */
    public List<AuditAction> getActions() {
        return Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(this::label))
                .toList();
    }

    public String label(AuditAction known) {
        return Texts.text("audit.action." + known.name());
    }

    /**
     * The event's details as "name: value" lines, lists joined: what the act was done with or to. Names and yes/no
     * in the page's language where the bundle has them ({@code audit.detail.<name>}), else as recorded.
     */
    public List<Map.Entry<String, String>> details(AuditEventView event) {
        return event.details().entrySet().stream()
                .map(detail -> Map.entry(inWords(detail.getKey()), shown(detail.getValue())))
                .toList();
    }

    private static String shown(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value instanceof Boolean ? inWords(value.toString()) : String.valueOf(value);
    }

    private static String inWords(String recorded) {
        String key = "audit.detail." + recorded;
        return Texts.bundle().containsKey(key) ? Texts.text(key) : recorded;
    }

    /** This page's address (without the context path) for another page of the same filter. */
    public String pageLink(int number) {
        return filter().with("page", number == 0 ? null : number).appendTo(PATH);
    }

    /** The events this filter selects as CSV, by the REST API. */
    public String getDownloadLink() {
        return filter().appendTo("/api/audit?format=csv");
    }

    private FilterQuery filter() {
        return new FilterQuery()
                .with("action", action)
                .with("actor", actor)
                .with("person", person)
                .with("from", from)
                .with("to", to);
    }

    public int getPageNumber() {
        return result == null ? 0 : result.page();
    }

    public int getPageCount() {
        return result == null ? 0 : result.pageCount();
    }

    public Page<AuditEventView> getResult() {
        return result;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
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

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
