package gov.fpf.casepage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionRepository;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Roles;

/**
 * The case page's action bar: what the case is waiting for, decided from its family, its status and its OPEN
 * deadlines, and offered only to the roles the API lets record it (the same groups as {@code SecurityConfig}'s
 * {@code /api/v1} rules). Each action names the deadline it is measured against and the fields of its form; the fields
 * carry the names of the API's JSON fields, so a service's "field: message" refusal lands next to its field.
 */
@Component
class CaseActions {

    private final CaseFileService caseFiles;
    private final PetitionRepository petitions;

    CaseActions(CaseFileService caseFiles, PetitionRepository petitions) {
        this.caseFiles = caseFiles;
        this.petitions = petitions;
    }

    /** Who may record what (as the API's URL rules). */
    static final Set<String> WRITERS = Set.of(Roles.CASE_WRITERS);
    static final Set<String> EXTENDERS = Set.of(Roles.SUPERVISOR, Roles.HQ_FIELD_OFFICIAL, Roles.HQ_PENALTIES_BRANCH,
            Roles.HQ_DIRECTOR_BSTC);
    static final Set<String> CUSTODY = Set.of(Roles.SEIZURE_CUSTODY);

    /** The seizure deadline rows an abandonment or claim is measured against (their names as the seizure family stores them). */
    static final List<String> SEIZURE_CLAIM_PERIODS = List.of("Claim and cost bond", "CAFRA claim (18 U.S.C. 983(a)(2))");

    enum Action {
        REPRESENTATIONS("representations", WRITERS),
        PETITION("petition", WRITERS),
        SUPPLEMENTAL("supplemental-petition", WRITERS),
        PAYMENT("payment", WRITERS),
        OFFER("offer", WRITERS),
        EXTENSION("extension", EXTENDERS),
        LD_EXTENSION("extension-request", WRITERS),
        ABANDONMENT("abandonment", WRITERS),
        CLAIM("claim", WRITERS),
        RELEASE("release-on-payment", WRITERS),
        CUSTODY_EVENT("custody-event", CUSTODY),
        LATE_PETITION_DECISION("late-petition-decision", EXTENDERS);

        final String key;
        final Set<String> roles;

        Action(String key, Set<String> roles) {
            this.key = key;
            this.roles = roles;
        }

        static Optional<Action> of(String key) {
            return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
        }

        boolean allowed() {
            return CurrentUser.groups().stream().anyMatch(roles::contains);
        }
    }

    /** The deadline an action is measured against, as the case shows it. */
    record DeadlineRef(String name, LocalDate dueDate, String citation) {
    }

    /** An action the case waits for; {@code deadline} null when nothing runs against it. */
    record Offer(Action action, String key, DeadlineRef deadline) {
    }

    enum Type { DATE, MONEY, TEXT, TEXTAREA, SELECT, CHECKBOX }

    /** A field of an action's form: its name (the API's), type, whether required, choices, and a default. */
    record Field(String name, Type type, boolean required, List<String> options, String defaultValue, int maxLength,
                 boolean pastOrPresent, boolean allowZero) {

        static Field date(String name, boolean required, boolean pastOrPresent, String defaultValue) {
            return new Field(name, Type.DATE, required, List.of(), defaultValue, 10, pastOrPresent, false);
        }

        static Field money(String name, boolean required, boolean allowZero) {
            return new Field(name, Type.MONEY, required, List.of(), null, 20, false, allowZero);
        }

        static Field text(String name, boolean required, int max) {
            return new Field(name, Type.TEXT, required, List.of(), null, max, false, false);
        }

        static Field textarea(String name, boolean required, int max) {
            return new Field(name, Type.TEXTAREA, required, List.of(), null, max, false, false);
        }

        static Field select(String name, boolean required, List<String> options, String defaultValue) {
            return new Field(name, Type.SELECT, required, options, defaultValue, 40, false, false);
        }

        static Field checkbox(String name) {
            return new Field(name, Type.CHECKBOX, false, List.of(), null, 5, false, false);
        }

        String id() {
            return "af-" + name;
        }
    }

    /** What the case waits for now, for the caller: the action bar. */
    List<Offer> offers(CaseView c) {
        List<Offer> all = new ArrayList<>();
        if (c.status() == CaseStatus.CLOSED) {
            return all;
        }
        switch (c.family()) {
            case PENALTY -> {
                // one pre-penalty notice, one answer: once recorded, the response period no longer waits for it
                boolean answered = c.timeline().stream().anyMatch(e -> "REPRESENTATIONS_RECEIVED".equals(e.event()));
                Optional<DeadlineRef> response = answered ? Optional.empty() : open(c, DeadlineNames.PPN_RESPONSE);
                response.ifPresent(d -> all.add(offer(Action.REPRESENTATIONS, d)));
                openOrLapsed(c).ifPresent(d -> all.add(offer(Action.PETITION, d)));
                open(c, DeadlineNames.SUPPLEMENTAL_PETITION).ifPresent(d -> all.add(offer(Action.SUPPLEMENTAL, d)));
                if (c.amounts().assessed() != null || c.amounts().decided() != null) {
                    all.add(offer(Action.PAYMENT, open(c, DeadlineNames.DECISION_VALID_UNTIL).orElse(null)));
                }
                // 19 U.S.C. 1617: the process takes an offer while it waits for a petition or payment after the notice
                open(c, DeadlineNames.PETITION).ifPresent(d -> all.add(offer(Action.OFFER, d)));
                response.or(() -> open(c, DeadlineNames.PETITION)).ifPresent(d -> all.add(offer(Action.EXTENSION, d)));
            }
            case LIQUIDATED_DAMAGES -> {
                Optional<DeadlineRef> petition = open(c, DeadlineNames.PETITION)
                        .or(() -> open(c, DeadlineNames.SURETY_PETITION));
                petition.ifPresent(d -> all.add(offer(Action.PETITION, d)));
                open(c, DeadlineNames.SUPPLEMENTAL_PETITION).ifPresent(d -> all.add(offer(Action.SUPPLEMENTAL, d)));
                all.add(offer(Action.PAYMENT, open(c, DeadlineNames.OPTION_ONE_PAYMENT)
                        .or(() -> open(c, DeadlineNames.DECISION_VALID_UNTIL)).orElse(null)));
                petition.ifPresent(d -> all.add(offer(Action.LD_EXTENSION, d)));
            }
            case SEIZURE -> {
                Optional<DeadlineRef> claim = SEIZURE_CLAIM_PERIODS.stream().map(n -> open(c, n))
                        .flatMap(Optional::stream).findFirst();
                if (c.status() != CaseStatus.REFERRED) {
                    all.add(offer(Action.ABANDONMENT, claim.orElse(null)));
                    all.add(offer(Action.CLAIM, claim.orElse(null)));
                    all.add(offer(Action.RELEASE, null));
                }
                openOrLapsed(c).ifPresent(d -> all.add(offer(Action.PETITION, d)));
                open(c, DeadlineNames.SUPPLEMENTAL_PETITION).ifPresent(d -> all.add(offer(Action.SUPPLEMENTAL, d)));
                open(c, DeadlineNames.PETITION).ifPresent(d -> all.add(offer(Action.EXTENSION, d)));
                all.add(offer(Action.CUSTODY_EVENT, null));
            }
            default -> {
                // no other family
            }
        }
        if (c.family() != CaseFamily.LIQUIDATED_DAMAGES && !latePending(c).isEmpty()) {
            all.add(offer(Action.LATE_PETITION_DECISION, null));
        }
        return all.stream().filter(o -> o.action().allowed()).toList();
    }

    /**
     * The petition period a penalty or seizure petition is measured against: the open one, or, once it ran out, the
     * last one (a late petition is recorded and waits for the FP&amp;F Officer's decision, 19 CFR 171.2).
     */
    private static Optional<DeadlineRef> openOrLapsed(CaseView c) {
        return open(c, DeadlineNames.PETITION).or(() -> c.deadlines().stream()
                .filter(d -> DeadlineNames.PETITION.equals(d.name()) && DeadlineStatus.LAPSED.name().equals(d.status())
                        && d.dueDate() != null)
                .reduce((a, b) -> b).map(d -> new DeadlineRef(d.name(), d.dueDate(), d.citation())));
    }

    /** The ids of the case's late petitions awaiting the decision whether to accept them. */
    List<String> latePending(CaseView c) {
        return petitions.findByCaseIdOrderByIdAsc(caseFiles.visibleCase(c.caseNumber()).getId()).stream()
                .filter(p -> p.getStatus() == Petition.Status.LATE_PENDING).map(p -> p.getId().toString()).toList();
    }

    /** The offer for this action on this case, if the case waits for it and the caller may record it. */
    Optional<Offer> offer(CaseView c, Action action) {
        return offers(c).stream().filter(o -> o.action() == action).findFirst();
    }

    /** The form of an action on this case; {@code today} is the office's day (the default of the received date). */
    List<Field> fields(CaseView c, Action action, LocalDate today) {
        String t = today.toString();
        boolean ld = c.family() == CaseFamily.LIQUIDATED_DAMAGES;
        return switch (action) {
            case REPRESENTATIONS -> List.of(Field.date("receivedDate", true, true, t), Field.checkbox("oral"),
                    Field.textarea("summary", true, 4000));
            case PETITION, SUPPLEMENTAL -> {
                List<Field> f = new ArrayList<>(List.of(Field.date("filedDate", true, true, t),
                        Field.date("receivedDate", false, true, t)));
                if (ld) {
                    f.add(Field.select("filedBy", true, List.of("PRINCIPAL", "SURETY"), "PRINCIPAL"));
                }
                f.add(Field.money("requestedAmount", false, true));
                f.add(Field.textarea("grounds", true, 4000));
                yield f;
            }
            case PAYMENT -> ld
                    ? List.of(Field.money("amount", true, false), Field.date("paidDate", true, true, t),
                            Field.select("paidBy", true, List.of("PRINCIPAL", "SURETY"), "PRINCIPAL"))
                    : List.of(Field.money("amount", true, false), Field.date("paidDate", true, true, t));
            case OFFER -> List.of(Field.money("amount", true, false), Field.date("offeredDate", true, true, t),
                    Field.textarea("terms", true, 4000));
            case EXTENSION -> List.of(Field.select("period", true, extendable(c), extendable(c).get(0)),
                    Field.date("newLastDay", true, false, null), Field.textarea("reason", true, 2000));
            case LD_EXTENSION -> List.of(Field.select("requestedBy", true, List.of("PRINCIPAL", "SURETY"), "PRINCIPAL"),
                    Field.date("requestDate", true, true, t), Field.date("requestedUntil", true, false, null),
                    Field.textarea("reason", true, 2000));
            case ABANDONMENT -> List.of(Field.date("signedDate", true, true, t), Field.text("signedBy", true, 200));
            case CLAIM -> List.of(Field.date("filedDate", true, true, t), Field.text("claimant", true, 200),
                    Field.money("bondAmount", false, false));
            case RELEASE -> List.of(Field.money("amount", true, false), Field.date("paidDate", true, true, t),
                    Field.text("paidBy", false, 16));
            case CUSTODY_EVENT -> List.of(Field.date("eventDate", true, true, t),
                    Field.select("kind", true, List.of("MOVED", "INSPECTED", "PHOTOGRAPHED", "STORAGE_RATE_CHANGED"), null),
                    Field.text("location", false, 200), Field.money("dailyStorageRate", false, true),
                    Field.textarea("note", false, 2000));
            case LATE_PETITION_DECISION -> {
                List<String> late = latePending(c);
                yield List.of(Field.select("petitionId", true, late, late.isEmpty() ? null : late.get(0)),
                        Field.select("accept", true, List.of("ACCEPT", "REFUSE"), null),
                        Field.textarea("reason", true, 2000));
            }
        };
    }

    /** The periods of this case an extension can move (PeriodExtensionService.Period), those now running first. */
    private static List<String> extendable(CaseView c) {
        List<String> periods = new ArrayList<>();
        if (open(c, DeadlineNames.PPN_RESPONSE).isPresent()) {
            periods.add("PPN_RESPONSE");
        }
        if (open(c, DeadlineNames.PETITION).isPresent()) {
            periods.add("PETITION");
        }
        if (periods.isEmpty()) {
            periods.add("PETITION");
        }
        return periods;
    }

    private static Offer offer(Action action, DeadlineRef deadline) {
        return new Offer(action, action.key, deadline);
    }

    /** The case's OPEN deadline of this name (the latest, should there be two). */
    static Optional<DeadlineRef> open(CaseView c, String name) {
        return c.deadlines().stream()
                .filter(d -> name.equals(d.name()) && DeadlineStatus.OPEN.name().equals(d.status()) && d.dueDate() != null)
                .reduce((a, b) -> b).map(d -> new DeadlineRef(d.name(), d.dueDate(), d.citation()));
    }
}
