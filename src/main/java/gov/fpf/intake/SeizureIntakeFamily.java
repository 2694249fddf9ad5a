package gov.fpf.intake;

import static gov.fpf.intake.IntakeField.date;
import static gov.fpf.intake.IntakeField.integer;
import static gov.fpf.intake.IntakeField.money;
import static gov.fpf.intake.IntakeField.select;
import static gov.fpf.intake.IntakeField.text;
import static gov.fpf.intake.IntakeField.textarea;
import static gov.fpf.intake.IntakeField.yesNo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.NoticeHtml;
import gov.fpf.rules.SeizureStatute;
import gov.fpf.seizure.SeizureCaseController.Item;
import gov.fpf.seizure.SeizureCaseController.NewSeizureRequest;
import gov.fpf.seizure.SeizureCaseService;

/**
 * /cases/new/seizure: the seizure and its items as POST /api/v1/seizure-cases takes them, opened by
 * {@link SeizureCaseService#open}. Items are rows {@code items[i].*}; blank rows are left out; "add another item"
 * sends the form back with one more row, so no script is needed.
 */
@Component
class SeizureIntakeFamily implements IntakeFamily<NewSeizureRequest> {

    static final int FIRST_ROWS = 3;
    static final int MAX_ROWS = 500;
    static final List<String> ITEM_FIELDS = List.of("description", "quantity", "appraisedValue", "perishable",
            "prohibited", "counterfeit");

    private static final List<IntakeField.Section> SECTIONS = List.of(
            new IntakeField.Section("seizure", List.of(
                    select("statute", SeizureStatute.texts()).mandatory(), date("seizureDate").mandatory(),
                    date("discoveryDate").mandatory(), text("placeOfSeizure"), textarea("cause"),
                    text("possessorName"), yesNo("drugConveyance"), yesNo("monetaryInstrument"),
                    money("projectedStorageCost"),
                    select("priority", java.util.Arrays.stream(gov.fpf.casefile.EnforcementPriority.values())
                            .map(Enum::name).toList()))),
            new IntakeField.Section("limitation", List.of(date("involvementDiscoveryDate"), integer("tolledDays"),
                    textarea("tollingReason"))));

    private final SeizureCaseService seizures;
    private final IntakeMessages messages;

    SeizureIntakeFamily(SeizureCaseService seizures, IntakeMessages messages) {
        this.seizures = seizures;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "seizure";
    }

    @Override
    public boolean hasItems() {
        return true;
    }

    @Override
    public List<IntakeField.Section> sections(IntakeForm form) {
        return SECTIONS;
    }

    /** How many item rows the page shows: what was sent (at least the first few), at most {@value #MAX_ROWS}. */
    static int rows(IntakeForm form) {
        int rows = FIRST_ROWS;
        try {
            String sent = form.text("itemRows");
            if (sent != null) {
                rows = Integer.parseInt(sent);
            }
        } catch (NumberFormatException e) {
            rows = FIRST_ROWS;
        }
        for (String name : form.values().keySet()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("items\\[(\\d{1,3})\\]\\..*").matcher(name);
            if (m.matches()) {
                rows = Math.max(rows, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return Math.max(1, Math.min(rows, MAX_ROWS));
    }

    @Override
    public NewSeizureRequest build(IntakeForm f, Long partyId, Long bondId) {
        List<Item> items = new ArrayList<>();
        List<Integer> sentRows = new ArrayList<>();
        for (int i = 0; i < rows(f); i++) {
            String p = "items[" + i + "].";
            if (ITEM_FIELDS.stream().limit(3).allMatch(n -> f.text(p + n) == null)) {
                continue; // a blank row
            }
            sentRows.add(i);
            items.add(new Item(f.text(p + "description"), f.integer(p + "quantity"), f.money(p + "appraisedValue"),
                    f.checked(p + "perishable"), f.checked(p + "prohibited"), f.checked(p + "counterfeit")));
        }
        f.itemRows(sentRows);
        return new NewSeizureRequest(partyId, f.date("seizureDate"), f.text("statute"), items,
                f.money("projectedStorageCost"), f.text("placeOfSeizure"), f.text("cause"), f.text("possessorName"),
                f.yesNo("drugConveyance"), f.yesNo("monetaryInstrument"), f.text("officeCode"), f.date("discoveryDate"),
                f.date("involvementDiscoveryDate"), f.integer("tolledDays"), f.text("tollingReason"), null,
                f.choice("priority", gov.fpf.casefile.EnforcementPriority.class));
    }

    @Override
    public Opened open(NewSeizureRequest request) {
        SeizureCaseService.OpenedSeizure opened = seizures.open(request.toCase());
        List<String> lines = new ArrayList<>();
        String path = messages.orNull("intake.path." + opened.path());
        lines.add(messages.get("intake.flash.path", path == null ? opened.path() : path, opened.pathReason()));
        if (opened.costBond() != null) {
            lines.add(messages.get("intake.flash.costBond", NoticeHtml.money(opened.costBond())));
        }
        if (opened.summarySaleDate() != null) {
            lines.add(messages.get("intake.flash.summarySale", opened.summarySaleDate().toString()));
        }
        return new Opened(opened.caseFile().caseNumber(), lines);
    }
}
