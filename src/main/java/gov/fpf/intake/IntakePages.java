package gov.fpf.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import gov.fpf.bond.Bond;
import gov.fpf.bond.BondController;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.office.Office;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeService;
import gov.fpf.party.Party;
import gov.fpf.party.PartyController;
import gov.fpf.system.Problems;

/**
 * "Open new work": {@code /cases/new} lists the three families; {@code /cases/new/{family}} is the family's intake as
 * a page. The form's text becomes the API's request record, checked by the record's own bean validation, and the case
 * is opened by the family's service (the one behind the API), so the same refusals answer: bad input (400), another
 * office (403), a duplicate (409) or a legal refusal (422) shows the form again with what was entered, the message on
 * the field it names, and stores nothing (a party or bond recorded with the case is in the same transaction). On
 * success the case page, with a message saying what was opened. The party picker searches by name
 * ({@code /cases/new/parties}, an htmx fragment) or records the party with its EO 14411 Sec. 10 facts; for liquidated
 * damages the bond picker lists the principal's bonds or records one. Buttons of the one form (search, record party,
 * record bond, add an item) send it back with everything entered, so the page works without script.
 */
@Controller
@RequestMapping("/cases/new")
class IntakePages {

    private final Map<String, IntakeFamily<?>> families = new LinkedHashMap<>();
    private final IntakeParties parties;
    private final OfficeAccess officeAccess;
    private final OfficeService officeService;
    private final CaseFileService caseFiles;
    private final Validator validator;
    private final IntakeMessages messages;
    private final TransactionTemplate transaction;

    IntakePages(PenaltyIntakeFamily penalty, LdIntakeFamily ld, SeizureIntakeFamily seizure, IntakeParties parties,
                OfficeAccess officeAccess, OfficeService officeService, CaseFileService caseFiles, Validator validator,
                IntakeMessages messages, PlatformTransactionManager transactionManager) {
        for (IntakeFamily<?> f : List.<IntakeFamily<?>>of(penalty, ld, seizure)) {
            families.put(f.key(), f);
        }
        this.parties = parties;
        this.officeAccess = officeAccess;
        this.officeService = officeService;
        this.caseFiles = caseFiles;
        this.validator = validator;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    record OfficeOption(String code, String name) {
    }

    record SummaryError(String fieldId, String label, String message) {
    }

    record Alert(String title, String detail, String citation) {
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("families", List.copyOf(families.keySet()));
        return "intake/index";
    }

    @GetMapping("/{family}")
    String form(@PathVariable String family, Model model) {
        IntakeFamily<?> f = family(family);
        IntakeForm form = new IntakeForm(new LinkedMultiValueMap<>(), messages);
        List<OfficeOption> offices = offices();
        if (offices.size() == 1) {
            form.set("officeCode", offices.get(0).code());
        }
        return render(f, form, null, null, null, model);
    }

    /** The party picker's live search: a fragment with the matching parties as radio buttons. */
    @GetMapping("/parties")
    String searchParties(@RequestParam(name = "partyQuery", required = false) String query,
                         @RequestParam(required = false) String family, Model model) {
        IntakeForm form = new IntakeForm(new LinkedMultiValueMap<>(), messages);
        form.set("partyQuery", query);
        model.addAttribute("v", form.values());
        model.addAttribute("partyResults", parties.search(query));
        model.addAttribute("searched", query != null && !query.isBlank());
        model.addAttribute("withBonds", "liquidated-damages".equals(family));
        return "intake/fragments :: partyResults";
    }

    /** The bond picker's list for the chosen principal (htmx fragment). */
    @GetMapping("/bonds")
    String bonds(@RequestParam(name = "partyId", required = false) Long partyId, Model model) {
        model.addAttribute("v", Map.of());
        model.addAttribute("bonds", parties.bondsOf(partyId));
        model.addAttribute("principalChosen", partyId != null);
        return "intake/fragments :: bondResults";
    }

    @PostMapping("/{family}")
    String submit(@PathVariable String family, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        IntakeFamily<?> f = family(family);
        IntakeForm form = new IntakeForm(params, messages);
        String action = form.text("action") == null ? "open" : form.text("action");
        form.set("action", null);
        switch (action) {
            case "search" -> {
                return render(f, form, null, null, null, model);
            }
            case "addItem" -> {
                form.set("itemRows", String.valueOf(Math.min(SeizureIntakeFamily.rows(form) + 1,
                        SeizureIntakeFamily.MAX_ROWS)));
                return render(f, form, null, null, null, model);
            }
            case "party" -> {
                return recordParty(f, form, model, response);
            }
            case "bond" -> {
                return recordBond(f, form, model, response);
            }
            default -> {
                return open(f, form, model, response, redirect);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ the actions

    private String recordParty(IntakeFamily<?> f, IntakeForm form, Model model, HttpServletResponse response) {
        PartyController.NewParty request = parties.newParty(form);
        if (request == null) {
            return invalid(f, form, model, response);
        }
        Party party = transaction.execute(s -> parties.create(request));
        chooseParty(form, party);
        return render(f, form, null, party, null, model);
    }

    private String recordBond(IntakeFamily<?> f, IntakeForm form, Model model, HttpServletResponse response) {
        Long principal = chosenParty(form);
        if (principal == null) {
            form.error("partyId", messages.get("intake.error.principalFirst"));
        }
        BondController.NewBondRequest request = parties.newBond(form, principal);
        if (principal == null) {
            return invalid(f, form, model, response);
        }
        if (request == null) {
            return invalid(f, form, model, response);
        }
        try {
            Bond bond = transaction.execute(s -> parties.create(request));
            form.set("bondMode", "existing");
            form.set("bondId", String.valueOf(bond.getId()));
            form.values().keySet().removeIf(k -> k.startsWith("bond."));
            return render(f, form, null, null, IntakeParties.BondRow.of(bond), model);
        } catch (Problems.Refusal r) {
            return refused(f, form, r, p -> "bond." + p, model, response);
        }
    }

    private <R> String open(IntakeFamily<R> f, IntakeForm form, Model model, HttpServletResponse response,
                            RedirectAttributes redirect) {
        boolean newParty = "new".equals(form.text("partyMode"));
        boolean newBond = f.needsBond() && "new".equals(form.text("bondMode"));
        PartyController.NewParty partyRequest = null;
        Long partyId = null;
        if (newParty) {
            partyRequest = parties.newParty(form);
        } else {
            partyId = chosenParty(form);
            if (partyId == null) {
                form.error("partyId", messages.get("intake.error.party"));
            }
        }
        BondController.NewBondRequest bondRequest = null;
        Long bondId = null;
        if (newBond) {
            bondRequest = parties.newBond(form, partyId);
        } else if (f.needsBond()) {
            bondId = longValue(form, "bondId");
            Long picked = bondId;
            if (bondId == null) {
                form.error("bondId", messages.get("intake.error.bond"));
            } else if (partyId != null && parties.bondsOf(partyId).stream().noneMatch(b -> b.id() == picked)) {
                // the claim's party is the bond's principal: a bond of someone else would open it against them
                form.error("bondId", messages.get("intake.error.bondOfAnother"));
            }
        }
        R request = f.build(form, partyId, bondId);
        for (ConstraintViolation<R> v : validator.validate(request)) {
            String property = v.getPropertyPath().toString();
            if ("partyId".equals(property) || "bondId".equals(property)) {
                continue; // the pickers said it already, or the party/bond is recorded with the case
            }
            String field = f.fieldOf(form.pageField(property));
            form.error(field == null ? "form" : field, parties.message(v));
        }
        if (form.hasErrors()) {
            return invalid(f, form, model, response);
        }
        PartyController.NewParty partyToRecord = partyRequest;
        BondController.NewBondRequest bondToRecord = bondRequest;
        Long chosenParty = partyId;
        Long chosenBond = bondId;
        IntakeFamily.Opened opened;
        Party[] recordedParty = new Party[1];
        try {
            opened = transaction.execute(s -> {
                Long pid = chosenParty;
                if (partyToRecord != null) {
                    recordedParty[0] = parties.create(partyToRecord);
                    pid = recordedParty[0].getId();
                }
                Long bid = chosenBond;
                if (bondToRecord != null) {
                    bid = parties.create(new BondController.NewBondRequest(bondToRecord.bondNumber(), pid,
                            bondToRecord.suretyName(), bondToRecord.type(), bondToRecord.activity(),
                            bondToRecord.amount(), bondToRecord.effectiveDate(),
                            bondToRecord.foreignContinuousPermitted(), bondToRecord.permitReference())).getId();
                }
                return f.open(f.build(form, pid, bid));
            });
        } catch (Problems.Refusal r) {
            return refused(f, form, r, p -> f.fieldOf(form.pageField(p)), model, response);
        } catch (ConcurrencyFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(f, form, new Alert(messages.get("intake.conflict.title"), messages.get("intake.conflict.detail"),
                    null), null, null, model);
        }
        redirect.addFlashAttribute("intakeOpened", flash(opened, recordedParty[0]));
        return "redirect:" + UriComponentsBuilder.fromPath("/cases/{n}").buildAndExpand(opened.caseNumber()).encode()
                .toUriString();
    }

    /** What the case page says after the case is opened: the case, its amounts and deadlines, the first task. */
    private List<String> flash(IntakeFamily.Opened opened, Party recorded) {
        CaseView view = caseFiles.view(opened.caseNumber());
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("intake.flash.opened", messages.get("intake.family." + f(view)), view.caseNumber(),
                view.officeCode()));
        if (recorded != null) {
            lines.add(messages.get("intake.flash.party", recorded.getName(),
                    messages.get("intake.ior." + recorded.getIorClass().name())));
        }
        if (view.amounts() != null && view.amounts().maximum() != null) {
            lines.add(messages.get("intake.flash.maximum." + f(view), NoticeHtml.money(view.amounts().maximum()),
                    NoticeHtml.money(view.amounts().assessed())));
        }
        view.deadlines().forEach(d -> lines.add(messages.get("intake.flash.deadline", d.name(), d.dueDate().toString(),
                d.citation() == null ? "" : d.citation())));
        lines.addAll(opened.lines());
        lines.add(view.openTasks().isEmpty() ? messages.get("intake.flash.noTask")
                : messages.get("intake.flash.task", view.openTasks().get(0).name()));
        return lines;
    }

    private String f(CaseView view) {
        return switch (view.family()) {
            case PENALTY -> "penalty";
            case LIQUIDATED_DAMAGES -> "liquidated-damages";
            case SEIZURE -> "seizure";
        };
    }

    private String refused(IntakeFamily<?> f, IntakeForm form, Problems.Refusal r, Function<String, String> fieldOf,
                           Model model, HttpServletResponse response) {
        response.setStatus(r.status().value());
        form.placeRefusal(r.getMessage(), fieldOf);
        Alert alert = new Alert(r.title(), r.getMessage(),
                r instanceof Problems.RuleViolation rule ? rule.citation() : null);
        return render(f, form, alert, null, null, model);
    }

    private String invalid(IntakeFamily<?> f, IntakeForm form, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return render(f, form, new Alert(messages.get("intake.invalid.title"), messages.get("intake.invalid.detail"), null),
                null, null, model);
    }

    // ------------------------------------------------------------------------------------------ the page

    private String render(IntakeFamily<?> f, IntakeForm form, Alert alert, Party recordedParty,
                          IntakeParties.BondRow recordedBond, Model model) {
        List<SummaryError> summary = new ArrayList<>();
        form.errors().forEach((field, message) -> summary.add(new SummaryError(IntakeForm.fieldId(field),
                messages.label(field), message)));
        Long chosen = chosenParty(form);
        List<IntakeParties.PartyRow> results = new ArrayList<>(parties.search(form.text("partyQuery")));
        if (chosen != null && results.stream().noneMatch(p -> p.id() == chosen)) {
            try {
                results.add(0, parties.party(chosen));
            } catch (Problems.NotFound gone) {
                form.set("partyId", null);
            }
        }
        model.addAttribute("family", f.key());
        model.addAttribute("action", "/cases/new/" + f.key());
        model.addAttribute("offices", offices());
        model.addAttribute("v", form.values());
        model.addAttribute("err", form.errors());
        model.addAttribute("summary", summary);
        model.addAttribute("alert", alert);
        model.addAttribute("sections", f.sections(form));
        model.addAttribute("partyResults", results);
        model.addAttribute("searched", form.text("partyQuery") != null);
        model.addAttribute("recordedParty", recordedParty == null ? null : IntakeParties.PartyRow.of(recordedParty));
        model.addAttribute("partySections", IntakeParties.PARTY_SECTIONS);
        model.addAttribute("withBonds", f.needsBond());
        if (f.needsBond()) {
            model.addAttribute("bonds", parties.bondsOf(chosenParty(form)));
            model.addAttribute("principalChosen", chosenParty(form) != null);
            model.addAttribute("recordedBond", recordedBond);
            model.addAttribute("bondSections", IntakeParties.BOND_SECTIONS);
        }
        if (f.hasItems()) {
            int rows = SeizureIntakeFamily.rows(form);
            model.addAttribute("itemRows", java.util.stream.IntStream.range(0, rows).boxed().toList());
            model.addAttribute("itemRowCount", rows);
        }
        return "intake/form";
    }

    private List<OfficeOption> offices() {
        var mine = officeAccess.ownOffices();
        List<OfficeOption> out = new ArrayList<>();
        for (Office o : officeService.all()) {
            if (mine.contains(o.getCode())) {
                out.add(new OfficeOption(o.getCode(), o.getName()));
            }
        }
        out.sort(java.util.Comparator.comparing(OfficeOption::code));
        return out;
    }

    private void chooseParty(IntakeForm form, Party party) {
        form.set("partyMode", "existing");
        form.set("partyId", String.valueOf(party.getId()));
        form.set("partyQuery", party.getName());
        form.values().keySet().removeIf(k -> k.startsWith("party."));
    }

    private Long chosenParty(IntakeForm form) {
        return "new".equals(form.text("partyMode")) ? null : longValue(form, "partyId");
    }

    private static Long longValue(IntakeForm form, String name) {
        String v = form.text(name);
        try {
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private IntakeFamily<?> family(String key) {
        IntakeFamily<?> f = families.get(key);
        if (f == null) {
            throw new Problems.NotFound(messages.get("intake.unknownFamily", key));
        }
        return f;
    }
}
