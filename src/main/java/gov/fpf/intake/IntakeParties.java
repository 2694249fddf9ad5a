package gov.fpf.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import gov.fpf.bond.Bond;
import gov.fpf.bond.BondActivity;
import gov.fpf.bond.BondController;
import gov.fpf.bond.BondService;
import gov.fpf.bond.BondType;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.office.MailingAddress;
import gov.fpf.party.Party;
import gov.fpf.party.PartyController;
import gov.fpf.party.PartyKind;
import gov.fpf.party.PartyService;

/**
 * The party and bond pickers of the intake pages: searching parties by name, a party recorded from the page (the same
 * record and checks as POST /api/v1/parties, then {@link PartyService#create}), the principal's bonds, and a bond
 * recorded from the page (as POST /api/v1/bonds, then {@link BondService#create}, with its EO refusal).
 */
@Component
class IntakeParties {

    static final List<String> ENTITY_FACTS = List.of("principalPlaceOfBusinessUs", "significantUsPresence",
            "sufficientUsAssets", "controllingOwnersUsPersons", "ownsSignificantUsRealProperty");
    static final List<String> ADDRESS = List.of("line1", "line2", "city", "region", "postalCode", "country");

    /** The questions of a new party, in plain words (messages intake.field.party.*). */
    static final List<IntakeField.Section> PARTY_SECTIONS = List.of(
            new IntakeField.Section("partyWho", List.of(IntakeField.text("party.name").mandatory(),
                    IntakeField.radio("party.kind", List.of("INDIVIDUAL", "ENTITY")).mandatory())),
            new IntakeField.Section("partyIndividual", List.of(IntakeField.yesNo("party.usCitizenOrLpr").mandatory())),
            new IntakeField.Section("partyEntity", java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(IntakeField.text("party.countryOfOrganization").mandatory()),
                    ENTITY_FACTS.stream().map(f -> IntakeField.yesNo("party." + f).mandatory())).toList()),
            new IntakeField.Section("partyAddress", ADDRESS.stream().map(a -> IntakeField.text("party." + a)).toList()));

    /** The facts of a new bond (messages intake.field.bond.*). */
    static final List<IntakeField.Section> BOND_SECTIONS = List.of(new IntakeField.Section("bond", List.of(
            IntakeField.text("bond.bondNumber"), IntakeField.text("bond.suretyName").mandatory(),
            IntakeField.radio("bond.type", java.util.Arrays.stream(BondType.values()).map(Enum::name).toList()).mandatory(),
            IntakeField.select("bond.activity", java.util.Arrays.stream(BondActivity.values()).map(Enum::name).toList())
                    .mandatory(),
            IntakeField.money("bond.amount").mandatory(), IntakeField.date("bond.effectiveDate"),
            IntakeField.check("bond.foreignContinuousPermitted"), IntakeField.text("bond.permitReference"))));

    private final PartyService parties;
    private final BondService bonds;
    private final Validator validator;
    private final IntakeMessages messages;

    IntakeParties(PartyService parties, BondService bonds, Validator validator, IntakeMessages messages) {
        this.parties = parties;
        this.bonds = bonds;
        this.validator = validator;
        this.messages = messages;
    }

    /** A party as the picker lists it. */
    record PartyRow(long id, String name, PartyKind kind, String iorClass, List<String> reasons) {
        static PartyRow of(Party p) {
            return new PartyRow(p.getId(), p.getName(), p.getKind(), p.getIorClass().name(), p.getIorClassReasons());
        }
    }

    /** A bond as the picker lists it. */
    record BondRow(long id, String bondNumber, BondType type, BondActivity activity, BigDecimal amount,
                   String amountText, LocalDate effectiveDate, String suretyName, String eoNote) {
        static BondRow of(Bond b) {
            return new BondRow(b.getId(), b.getBondNumber(), b.getType(), b.getActivity(), b.getAmount(),
                    NoticeHtml.money(b.getAmount()), b.getEffectiveDate(), b.getSuretyName(), b.getEoNote());
        }
    }

    List<PartyRow> search(String text) {
        return parties.search(text).stream().map(PartyRow::of).toList();
    }

    PartyRow party(long id) {
        return PartyRow.of(parties.get(id));
    }

    List<BondRow> bondsOf(Long principalPartyId) {
        return principalPartyId == null ? List.of() : bonds.ofPrincipal(principalPartyId).stream().map(BondRow::of).toList();
    }

    // ------------------------------------------------------------------------------------------ a new party

    /**
     * The new party's request from the page's "party.*" fields, or null with errors on the form. The page asks only
     * the questions of the kind chosen, so the other kind's answers are left out; each unanswered question of that
     * kind is an error on it (the API's completeness rule, said per question).
     */
    PartyController.NewParty newParty(IntakeForm form) {
        PartyKind kind = form.choice("party.kind", PartyKind.class);
        String name = form.text("party.name");
        int before = form.errors().size();
        if (kind == null && form.text("party.kind") == null) {
            form.error("party.kind", messages.get("intake.error.required"));
        }
        Boolean citizen = null;
        String country = null;
        Boolean[] entity = new Boolean[ENTITY_FACTS.size()];
        if (kind == PartyKind.INDIVIDUAL) {
            citizen = form.yesNo("party.usCitizenOrLpr");
            if (citizen == null) {
                form.error("party.usCitizenOrLpr", messages.get("intake.error.answer"));
            }
        } else if (kind == PartyKind.ENTITY) {
            country = form.text("party.countryOfOrganization");
            country = country == null ? null : country.toUpperCase(Locale.ROOT);
            if (country == null) {
                form.error("party.countryOfOrganization", messages.get("intake.error.required"));
            }
            for (int i = 0; i < entity.length; i++) {
                entity[i] = form.yesNo("party." + ENTITY_FACTS.get(i));
                if (entity[i] == null) {
                    form.error("party." + ENTITY_FACTS.get(i), messages.get("intake.error.answer"));
                }
            }
        }
        MailingAddress address = address(form, "party.");
        PartyController.NewParty request = new PartyController.NewParty(name, kind, country, citizen, entity[0],
                entity[1], entity[2], entity[3], entity[4], address, null);
        violations(form, validator.validate(request), "party.");
        return form.errors().size() > before ? null : request;
    }

    Party create(PartyController.NewParty request) {
        return parties.create(request.name().strip(), request.facts(), request.mailingAddress());
    }

    private static MailingAddress address(IntakeForm form, String prefix) {
        boolean any = ADDRESS.stream().anyMatch(f -> form.text(prefix + f) != null);
        if (!any) {
            return null;
        }
        String country = form.text(prefix + "country");
        return new MailingAddress(form.text(prefix + "line1"), form.text(prefix + "line2"), form.text(prefix + "city"),
                form.text(prefix + "region"), form.text(prefix + "postalCode"),
                country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    // ------------------------------------------------------------------------------------------ a new bond

    /** The new bond's request from the page's "bond.*" fields for the principal, or null with errors on the form. */
    BondController.NewBondRequest newBond(IntakeForm form, Long principalPartyId) {
        int before = form.errors().size();
        String number = form.text("bond.bondNumber");
        BondController.NewBondRequest request = new BondController.NewBondRequest(
                number == null ? null : number.toUpperCase(Locale.ROOT), principalPartyId,
                form.text("bond.suretyName"), form.choice("bond.type", BondType.class),
                form.choice("bond.activity", BondActivity.class), form.money("bond.amount"),
                form.date("bond.effectiveDate"), form.checked("bond.foreignContinuousPermitted"),
                form.text("bond.permitReference"));
        for (ConstraintViolation<BondController.NewBondRequest> v : validator.validate(request)) {
            String property = v.getPropertyPath().toString();
            if (!"principalPartyId".equals(property)) {
                form.error("bond." + property, message(v));
            }
        }
        return form.errors().size() > before ? null : request;
    }

    Bond create(BondController.NewBondRequest request) {
        return bonds.create(request.toBond());
    }

    // ------------------------------------------------------------------------------------------ validation

    /** Bean-validation violations of a request record put on the page's fields (prefix + property). */
    <T> void violations(IntakeForm form, Set<ConstraintViolation<T>> violations, String prefix) {
        for (ConstraintViolation<T> v : violations) {
            String property = v.getPropertyPath().toString();
            if (property.startsWith("mailingAddress.")) {
                property = property.substring("mailingAddress.".length());
            } else if ("individualComplete".equals(property)) {
                property = "usCitizenOrLpr";
            } else if ("entityComplete".equals(property)) {
                property = "countryOfOrganization";
            }
            form.error(prefix + property, message(v));
        }
    }

    /** A missing value says "required" in plain words; other checks keep the record's message. */
    String message(ConstraintViolation<?> v) {
        if (!v.getMessageTemplate().startsWith("{jakarta.validation.constraints.")) {
            return v.getMessage(); // the record's own words
        }
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> messages.get("intake.error.required");
            case "PastOrPresent" -> messages.get("intake.error.future");
            default -> v.getMessage();
        };
    }
}
