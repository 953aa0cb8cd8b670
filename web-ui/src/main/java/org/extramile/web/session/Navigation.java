package org.extramile.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The header's navigation. Someone who works in several areas (an admin works in all three) sees one link per area
 * and, below the header, the pages of the area they are in: every page of every area in one row would wrap to three
 * at 1,280 pixels. Someone who works in one area sees its pages in the header. The link to the page shown says so to
 * screen readers ({@code aria-current}).
 */
@Named
@RequestScoped
public class Navigation {

    /** The areas of work, in the order of the header; each has its folder of pages. */
    enum Area {
        TRAINER,
        HR,
        ADMIN;

        String folder() {
            return "/" + name().toLowerCase(java.util.Locale.ROOT) + "/";
        }
    }

    @Inject
    CurrentUser user;

    @Inject
    FacesContext faces;

    private List<String> areas;

    /** The areas this person works in: the trainer's and HR's pages are an admin's too. */
    public List<String> getAreas() {
        if (areas == null) {
            boolean admin = user.has("ADMIN");
            areas = new ArrayList<>();
            if (admin || user.has("TRAINER")) {
                areas.add(Area.TRAINER.name());
            }
            if (admin || user.has("HR")) {
                areas.add(Area.HR.name());
            }
            if (admin) {
                areas.add(Area.ADMIN.name());
            }
        }
        return areas;
    }

    /** Whether the header links to areas, each area's pages shown below it. */
    public boolean isGrouped() {
        return getAreas().size() > 1;
    }

    public boolean works(String area) {
        return getAreas().contains(area);
    }

    /** The area of the page shown, if this person works in it; empty on the pages everyone has. */
    public String getArea() {
        String view = viewId();
        return getAreas().stream()
                .filter(a -> view.startsWith(Area.valueOf(a).folder()))
                .findFirst()
                .orElse("");
    }

    /** Pages reached only from a listed one: its link stays marked while on them (a rubric, under Authoring). */
    private static final Map<String, List<String>> SUBPAGES = Map.of(
            "/trainer/scenarios", List.of("/trainer/scenario", "/trainer/rubric"),
            "/hr/people", List.of("/hr/person", "/hr/deadlines"));

    /** {@code aria-current} of a link to {@code outcome}: "page" on that page, "true" on a page reached from it. */
    public String current(String outcome) {
        String view = viewId();
        if (view.equals(outcome + ".xhtml")) {
            return "page";
        }
        return SUBPAGES.getOrDefault(outcome, List.of()).stream().anyMatch(sub -> view.equals(sub + ".xhtml"))
                ? "true"
                : "false";
    }

    /** {@code aria-current} of an area's link: "true" on any of its pages. */
    public String currentArea(String area) {
        return area.equals(getArea()) ? "true" : "false";
    }

    private String viewId() {
        return faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    }
}
