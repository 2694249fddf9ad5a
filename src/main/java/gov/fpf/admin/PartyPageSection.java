package gov.fpf.admin;

import org.springframework.ui.Model;

import gov.fpf.party.Party;

/**
 * A section of the party page ({@code /parties/{id}}) that an area adds without touching the page: its template holds a
 * {@code th:fragment="section"}, and {@link #addTo} puts what the fragment reads into the model (under names of the
 * area's own). Sections appear after the party's cases, in {@link #order()}.
 */
public interface PartyPageSection {

    default int order() {
        return 100;
    }

    /** the template name, e.g. {@code "parties/standing"} for templates/parties/standing.html */
    String template();

    void addTo(Model model, Party party);
}
