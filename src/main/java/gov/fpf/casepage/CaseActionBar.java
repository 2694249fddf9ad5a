package gov.fpf.casepage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionRepository;

/**
 * What the case page adds for the things that arrive: the action bar (what the case waits for, as links opening the
 * action's form beside the case) and the correspondence tab, where the officer reviewing reads the representations,
 * offers and petitions in full: who sent them, when, what they ask, and whether they came in time.
 */
@Component
class CaseActionBar {

    static final String TAB = "correspondence";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final CaseActions actions;
    private final CaseFileService caseFiles;
    private final PetitionRepository petitions;

    CaseActionBar(CaseActions actions, CaseFileService caseFiles, PetitionRepository petitions) {
        this.actions = actions;
        this.caseFiles = caseFiles;
        this.petitions = petitions;
    }

    /** An action bar entry: the link that opens the action's form, and the deadline it is measured against. */
    record Link(String key, String href, CaseActions.DeadlineRef deadline, boolean selected) {
    }

    /**
     * A piece of correspondence. kind: REPRESENTATIONS, OFFER, PETITION or SUPPLEMENTAL_PETITION; timely null when
     * nothing runs against it.
     */
    record Letter(String kind, LocalDate receivedDate, LocalDate filedDate, String from, BigDecimal amount, String text,
                  Boolean timely, LocalDate dueDate, String status, String detail) {
    }

    /** Adds the action bar (every tab) and, on the correspondence tab, the correspondence. */
    void decorate(CaseView view, String tab, String openAction, Model model) {
        List<Link> links = actions.offers(view).stream()
                .map(o -> new Link(o.key(), href(view.caseNumber(), tab, o.key()), o.deadline(), o.key().equals(openAction)))
                .toList();
        model.addAttribute("actionLinks", links);
        if (TAB.equals(tab)) {
            model.addAttribute("letters", letters(view));
        }
    }

    static String href(String caseNumber, String tab, String action) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/cases/{n}");
        if (tab != null && !"summary".equals(tab)) {
            b.queryParam("tab", tab);
        }
        if (action != null) {
            b.queryParam("action", action);
        }
        return b.buildAndExpand(caseNumber).encode().toUriString();
    }

    List<Letter> letters(CaseView view) {
        List<Letter> letters = new ArrayList<>();
        LocalDate ppnDue = view.deadlines().stream().filter(d -> DeadlineNames.PPN_RESPONSE.equals(d.name()))
                .map(CaseView.Deadline::dueDate).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
        for (CaseView.TimelineEntry e : view.timeline()) {
            if ("REPRESENTATIONS_RECEIVED".equals(e.event())) {
                LocalDate received = dateIn(e.detail());
                Boolean timely = received == null || ppnDue == null ? null : !received.isAfter(ppnDue);
                letters.add(new Letter("REPRESENTATIONS", received, null, null, null, e.reason(), timely, ppnDue, null,
                        e.detail()));
            } else if ("OFFER_IN_COMPROMISE_RECEIVED".equals(e.event())) {
                letters.add(new Letter("OFFER", dateIn(e.detail()), null, null, null, e.reason(), null, null, null,
                        e.detail()));
            }
        }
        for (Petition p : petitions.findByCaseIdOrderByIdAsc(caseFiles.visibleCase(view.caseNumber()).getId())) {
            letters.add(new Letter(p.isSupplemental() ? "SUPPLEMENTAL_PETITION" : "PETITION", p.getReceivedDate(),
                    p.getFiledDate(), p.getFiledBy(), p.getRequestedAmount(), p.getGrounds(), p.isTimely(), null,
                    p.getStatus().name(), null));
        }
        return letters;
    }

    private static LocalDate dateIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        return m.find() ? LocalDate.parse(m.group()) : null;
    }
}
