package gov.fpf.casepage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.PaymentService;
import gov.fpf.extension.PeriodExtensionService;
import gov.fpf.liquidateddamages.LdCaseService;
import gov.fpf.mitigation.Petition;
import gov.fpf.mitigation.PetitionRepository;
import gov.fpf.mitigation.PetitionService;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.penalty.PenaltyReceipts;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.OpenTask;
import gov.fpf.seizure.CustodyEvent;
import gov.fpf.seizure.SeizureReceipts;

/**
 * Records what arrived on a case from the case page's action forms: reads and checks the form (the checks of the
 * API's request bodies: required, dates not in the future, dollars with at most two decimals, lengths, choices), then
 * calls the service the API calls, so the same legal rules refuse. Says what happened: timely or late against the
 * deadline the form showed, the tasks the case's process created, and where the case stands now.
 */
@Component
class CaseActionRecorder {

    /** The form's own checks refused: the field errors by field name, nothing was sent to a service. */
    static class InvalidForm extends RuntimeException {
        final transient Map<String, String> errors;

        InvalidForm(Map<String, String> errors) {
            super("invalid form");
            this.errors = errors;
        }
    }

    private final CaseActions actions;
    private final PenaltyReceipts penaltyReceipts;
    private final PetitionService petitions;
    private final PetitionRepository petitionRows;
    private final PaymentService payments;
    private final PeriodExtensionService extensions;
    private final LdCaseService ldCases;
    private final SeizureReceipts seizureReceipts;
    private final CaseWork caseWork;
    private final CaseFileService caseFiles;
    private final OfficeCalendar calendar;
    private final MessageSource messageSource;

    CaseActionRecorder(CaseActions actions, PenaltyReceipts penaltyReceipts, PetitionService petitions,
                       PetitionRepository petitionRows, PaymentService payments, PeriodExtensionService extensions, LdCaseService ldCases,
                       SeizureReceipts seizureReceipts, CaseWork caseWork, CaseFileService caseFiles,
                       OfficeCalendar calendar, MessageSource messageSource) {
        this.actions = actions;
        this.penaltyReceipts = penaltyReceipts;
        this.petitions = petitions;
        this.petitionRows = petitionRows;
        this.payments = payments;
        this.extensions = extensions;
        this.ldCases = ldCases;
        this.seizureReceipts = seizureReceipts;
        this.caseWork = caseWork;
        this.caseFiles = caseFiles;
        this.calendar = calendar;
        this.messageSource = messageSource;
    }

    /**
     * Checks the form and records the action through its service. Throws {@link InvalidForm} (nothing sent) or the
     * service's refusal (nothing stored); returns the sentence the page shows after the redirect.
     */
    String record(CaseView c, CaseActions.Action action, CaseActions.DeadlineRef deadline, Map<String, String> entered) {
        LocalDate today = calendar.today(c.officeCode());
        Values v = read(actions.fields(c, action, today), entered, today);
        String n = c.caseNumber();
        Set<String> before = caseWork.openTasks(n).stream().map(OpenTask::id).collect(Collectors.toSet());
        List<String> said = new ArrayList<>();
        switch (action) {
            case REPRESENTATIONS -> {
                penaltyReceipts.representations(n, v.date("receivedDate"), v.text("summary"), v.flag("oral"));
                said.add(timeliness(v.date("receivedDate"), deadline));
            }
            case PETITION, SUPPLEMENTAL -> {
                LocalDate filed = v.date("filedDate");
                LocalDate received = v.date("receivedDate") == null ? filed : v.date("receivedDate");
                petitions.receive(n, filed, received, action == CaseActions.Action.SUPPLEMENTAL,
                        v.money("requestedAmount"), v.text("grounds"), v.text("filedBy"));
                // the petition just stored, as the petition service judged it (timely against its own period)
                List<Petition> rows = petitionRows.findByCaseIdOrderByIdAsc(caseFiles.visibleCase(n).getId());
                Petition p = rows.get(rows.size() - 1);
                LocalDate due = deadline == null ? null : deadline.dueDate();
                said.add(p.isTimely() ? msg("action.result.timely", due) : msg("action.result.late", due));
                if (p.getStatus() == Petition.Status.LATE_PENDING) {
                    said.add(msg("action.result.latePending"));
                }
            }
            case PAYMENT -> {
                PaymentService.PaymentReceipt r = payments.record(n, v.money("amount"), v.date("paidDate"), v.text("paidBy"));
                said.add(timeliness(v.date("paidDate"), deadline));
                said.add(r.paidInFull() ? msg("action.result.paidInFull", money(r.totalPaid()))
                        : msg("action.result.paidPart", money(r.totalPaid()),
                        r.amountDue() == null ? "-" : money(r.amountDue())));
            }
            case OFFER -> penaltyReceipts.offer(n, v.money("amount"), v.date("offeredDate"), v.text("terms"));
            case EXTENSION -> {
                var e = extensions.extend(c.family(), n, v.text("period"), v.date("newLastDay"), v.text("reason"));
                said.add(msg("action.result.extended", e.previousLastDay(), e.newLastDay(), e.authority(), e.citation()));
            }
            case LD_EXTENSION -> {
                ldCases.requestExtension(n, v.text("requestedBy"), v.date("requestDate"), v.date("requestedUntil"),
                        v.text("reason"));
                said.add(timeliness(v.date("requestDate"), deadline));
            }
            case ABANDONMENT -> {
                seizureReceipts.abandon(n, v.date("signedDate"), v.text("signedBy"), null);
                said.add(timeliness(v.date("signedDate"), deadline));
            }
            case CLAIM -> {
                seizureReceipts.claim(n, v.date("filedDate"), v.text("claimant"), v.money("bondAmount"));
                said.add(timeliness(v.date("filedDate"), deadline));
            }
            case RELEASE -> seizureReceipts.releaseOnPayment(n, v.money("amount"), v.date("paidDate"), v.text("paidBy"));
            case LATE_PETITION_DECISION -> {
                boolean accept = "ACCEPT".equals(v.text("accept"));
                petitions.decideLate(n, Long.parseLong(v.text("petitionId")), accept, v.text("reason"));
                said.add(msg(accept ? "action.result.lateAccepted" : "action.result.lateRefused"));
            }
            case CUSTODY_EVENT -> seizureReceipts.custodyEvent(n, v.date("eventDate"),
                    CustodyEvent.Kind.valueOf(v.text("kind")), v.text("location"), v.money("dailyStorageRate"),
                    v.text("note"));
        }
        said.removeIf(s -> s == null);
        List<String> created = caseWork.openTasks(n).stream().filter(t -> !before.contains(t.id())).map(OpenTask::name)
                .distinct().toList();
        CaseView after = caseFiles.view(n);
        StringBuilder sentence = new StringBuilder(msg("action.result.recorded." + action.key));
        if (!said.isEmpty()) {
            sentence.append(", ").append(String.join(", ", said));
        }
        sentence.append(created.isEmpty() ? msg("action.result.noTask")
                : msg(created.size() == 1 ? "action.result.task" : "action.result.tasks", String.join(", ", created)));
        sentence.append(' ').append(msg("action.result.status", msg("case.status." + after.status().name())));
        return sentence.toString();
    }

    private String timeliness(LocalDate date, CaseActions.DeadlineRef deadline) {
        if (date == null || deadline == null) {
            return null;
        }
        return date.isAfter(deadline.dueDate()) ? msg("action.result.late", deadline.dueDate())
                : msg("action.result.timely", deadline.dueDate());
    }

    // ------------------------------------------------------------------------------------------ reading the form

    /** The form's values, typed; absent optional fields are null. */
    record Values(Map<String, Object> typed) {
        LocalDate date(String name) {
            return (LocalDate) typed.get(name);
        }

        BigDecimal money(String name) {
            return (BigDecimal) typed.get(name);
        }

        String text(String name) {
            return (String) typed.get(name);
        }

        boolean flag(String name) {
            return Boolean.TRUE.equals(typed.get(name));
        }
    }

    Values read(List<CaseActions.Field> fields, Map<String, String> entered, LocalDate today) {
        Map<String, Object> typed = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (CaseActions.Field f : fields) {
            String raw = entered.get(f.name());
            String value = raw == null ? "" : raw.strip();
            if (f.type() == CaseActions.Type.CHECKBOX) {
                typed.put(f.name(), "true".equals(value) || "on".equals(value));
                continue;
            }
            if (value.isEmpty()) {
                if (f.required()) {
                    errors.put(f.name(), msg("action.error.required"));
                }
                continue;
            }
            if (value.length() > f.maxLength()) {
                errors.put(f.name(), msg("action.error.tooLong", f.maxLength()));
                continue;
            }
            switch (f.type()) {
                case DATE -> {
                    try {
                        LocalDate d = LocalDate.parse(value);
                        if (f.pastOrPresent() && d.isAfter(today)) {
                            errors.put(f.name(), msg("action.error.future", today));
                        } else {
                            typed.put(f.name(), d);
                        }
                    } catch (DateTimeParseException e) {
                        errors.put(f.name(), msg("action.error.date"));
                    }
                }
                case MONEY -> {
                    try {
                        BigDecimal m = new BigDecimal(value.replace(",", "").replace("$", ""));
                        BigDecimal min = f.allowZero() ? BigDecimal.ZERO : new BigDecimal("0.01");
                        if (m.scale() > 2 || m.precision() - m.scale() > 13) {
                            errors.put(f.name(), msg("action.error.money"));
                        } else if (m.compareTo(min) < 0) {
                            errors.put(f.name(), msg("action.error.min", min.toPlainString()));
                        } else {
                            typed.put(f.name(), m);
                        }
                    } catch (NumberFormatException e) {
                        errors.put(f.name(), msg("action.error.money"));
                    }
                }
                case SELECT -> {
                    if (f.options().contains(value)) {
                        typed.put(f.name(), value);
                    } else {
                        errors.put(f.name(), msg("action.error.choice"));
                    }
                }
                default -> typed.put(f.name(), value);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        return new Values(typed);
    }

    private static String money(BigDecimal amount) {
        return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US).format(amount);
    }

    private String msg(String code, Object... args) {
        return messageSource.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
