package gov.fpf.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The server-side form renderer against every form under {@code forms/}: each renders, every key appears, inputs have
 * labels, display-only fields are text, values are escaped, and the conditions hide and show as Tasklist would.
 */
class FormHtmlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final FormMessages MESSAGES = messages();

    static FormMessages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return FormMessages.of(source, Locale.US);
    }

    static Stream<Path> formFiles() throws IOException {
        return Files.walk(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted();
    }

    private static FormDefinition form(String path) throws IOException {
        return FormDefinition.parse(Files.readString(Path.of("forms", path), StandardCharsets.UTF_8));
    }

    private static String render(FormDefinition form, Map<String, Object> values) {
        return FormHtml.render(form, values, Map.of(), Map.of(), MESSAGES, TODAY).html();
    }

    /** The opening tag of the element holding a field. */
    private static String wrapper(String html, String key) {
        Matcher m = Pattern.compile("<(div|fieldset)[^>]*id=\"tf-" + Pattern.quote(key) + "-field\"[^>]*>").matcher(html);
        assertThat(m.find()).as("field " + key + " drawn").isTrue();
        return m.group();
    }

    private static boolean hidden(String html, String key) {
        return wrapper(html, key).matches(".*\\shidden(\\s|>).*");
    }

    @Test
    void everyFormFileIsFound() throws IOException {
        assertThat(formFiles().count()).isGreaterThanOrEqualTo(21);
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void everyFormRendersEveryKeyWithLabelsAndEscapedValues(Path file) throws IOException {
        FormDefinition form = FormDefinition.parse(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, Object> values = new HashMap<>();
        for (FormDefinition.Component c : form.components()) {
            if (c.key() != null) {
                values.put(c.key(), "checkbox".equals(c.type()) ? Boolean.TRUE : "<script>alert('" + c.key() + "')</script>");
            }
        }
        FormHtml.Rendered rendered = FormHtml.render(form, values, Map.of(), Map.of(), MESSAGES, TODAY);
        String html = rendered.html();

        assertThat(rendered.unsupported()).as("our forms use only supported components").isEmpty();
        assertThat(rendered.unevaluated()).as("every condition of our forms is evaluated here").isEmpty();
        assertThat(rendered.completable()).isTrue();
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
        for (FormDefinition.Component c : form.components()) {
            if (c.hide() != null) {
                FeelCondition.parse(c.hide()); // no Unsupported
            }
            if ("text".equals(c.type())) {
                assertThat(html).contains(FormHtml.markdown(c.text()));
                continue;
            }
            assertThat(html).contains("data-key=\"" + c.key() + "\"");
            String id = FormHtml.fieldId(c.key());
            if (c.displayOnly()) {
                assertThat(html).as(c.key() + " is shown as text").doesNotContain("name=\"" + c.key() + "\"");
                assertThat(html).contains("id=\"" + id + "-label\">" + FormHtml.esc(c.label()) + "</span>");
            } else if ("radio".equals(c.type())) {
                assertThat(html).contains("<legend>" + FormHtml.esc(c.label()));
                for (int i = 0; i < c.values().size(); i++) {
                    assertThat(html).contains("<label for=\"" + id + "-" + i + "\">" + FormHtml.esc(c.values().get(i).label()));
                    assertThat(html).contains("value=\"" + c.values().get(i).value() + "\"");
                }
            } else {
                assertThat(html).contains("<label for=\"" + id + "\">" + FormHtml.esc(c.label()));
                assertThat(html).contains("id=\"" + id + "\" name=\"" + c.key() + "\"");
                if (c.required()) {
                    assertThat(wrapperContent(html, id)).contains("required aria-required=\"true\"");
                }
            }
        }
    }

    private static String wrapperContent(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        return html.substring(start, html.indexOf('>', start));
    }

    @Test
    void inputsAreTypedAndMarked() throws IOException {
        String html = render(form("penalty/DetermineCulpabilityAndAmountForm.form"), Map.of("caseNumber", "2026-PEN-000001",
                "statutoryMaximum", "40000.00"));
        assertThat(html).contains("<input type=\"number\" id=\"tf-proposedAmount\" name=\"proposedAmount\" required",
                "step=\"0.01\"", "inputmode=\"decimal\"");
        // the bounds the rule sets: more than $0 and at most the statutory maximum of this case
        assertThat(html).contains("min=\"0.01\"", "max=\"40000\"");
        // the officer's first entry is focused when the form opens
        assertThat(html).containsPattern("<select id=\"tf-culpability\" name=\"culpability\" required[^>]* autofocus>");
        assertThat(html).contains("<label for=\"tf-proposedAmount\">Proposed penalty ($) <span class=\"required-mark\">(required)</span>");
        assertThat(html).contains("<select id=\"tf-culpability\" name=\"culpability\" required",
                "<option value=\"GROSS_NEGLIGENCE\">Gross negligence</option>");
        assertThat(html).contains("<textarea rows=\"4\" id=\"tf-amountRationale\"", "maxlength=\"4000\"");
        assertThat(html).contains("aria-describedby=\"tf-proposedAmount-hint\"", "id=\"tf-proposedAmount-hint\">Not above the statutory maximum.");
        // disabled fields are text, with the value; an absent one says so
        assertThat(html).contains("<span class=\"field-value\">2026-PEN-000001</span>",
                "<span class=\"field-value\">$40,000.00</span>");
        assertThat(html).contains("<span class=\"field-value muted\">not stated</span>");
        assertThat(html).contains("<h3>Determine culpability and proposed amount</h3>");

        String dates = render(form("shared/ReviewStalledReferralForm.form"), Map.of("referredTo", "DOJ"));
        assertThat(dates).contains("<input type=\"date\" id=\"tf-nextEscalationDate\"", "min=\"2026-03-02\"");
        assertThat(dates).contains("<label for=\"tf-nextEscalationDate\">Escalate again if no outcome by");
        // a read-only select shows its option's label
        assertThat(dates).contains("<span class=\"field-value\">Department of Justice</span>");
    }

    @Test
    void checkboxesRadiosAndSelectsArePrefilled() throws IOException {
        String html = render(form("seizure/RecordCustodyAndInventoryForm.form"), Map.of("perishable", true));
        assertThat(html).containsPattern("<input type=\"checkbox\" value=\"true\" id=\"tf-perishable\" name=\"perishable\"[^>]* checked>");
        assertThat(html).contains("<input type=\"checkbox\" value=\"true\" id=\"tf-hazardous\" name=\"hazardous\">");

        String approve = render(form("seizure/ApproveSummarySaleForm.form"), Map.of("perishable", true, "hazardous", false,
                "summarySaleDecision", "SALE"));
        assertThat(approve).contains("value=\"SALE\" required checked>");
        assertThat(approve).containsPattern("tf-perishable-label\">Perishable</span> <span class=\"field-value\">Yes</span>");
        assertThat(approve).containsPattern("tf-hazardous-label\">Hazardous</span> <span class=\"field-value\">No</span>");

        String outcome = render(form("shared/RecordReferralOutcomeForm.form"), Map.of("referralOutcome", "DECLINED"));
        assertThat(outcome).contains("<option value=\"DECLINED\" selected>Declined</option>");
    }

    @Test
    void enteredTextIsShownAgainInsteadOfTheVariable() throws IOException {
        FormDefinition form = form("penalty/DetermineCulpabilityAndAmountForm.form");
        String html = FormHtml.render(form, Map.of("proposedAmount", 1.0), Map.of("proposedAmount", "12000.50",
                "amountRationale", "a \"quoted\" <b>reason</b>"), Map.of("proposedAmount", "At least 0."), MESSAGES, TODAY).html();
        assertThat(html).contains("value=\"12000.50\"", "a &quot;quoted&quot; &lt;b&gt;reason&lt;/b&gt;</textarea>");
        assertThat(html).contains("aria-invalid=\"true\"", "id=\"tf-proposedAmount-error\">At least 0.</p>",
                "aria-describedby=\"tf-proposedAmount-hint tf-proposedAmount-error\"");
    }

    @Test
    void conditionsHideAndShowOnTheServer() throws IOException {
        FormDefinition representations = form("penalty/ReviewRepresentationsForm.form");
        assertThat(hidden(render(representations, Map.of()), "reducedAmount")).isTrue();
        assertThat(hidden(render(representations, Map.of("representationsOutcome", "SAME_AMOUNT")), "reducedAmount")).isTrue();
        String shown = render(representations, Map.of("representationsOutcome", "REDUCED_AMOUNT"));
        assertThat(hidden(shown, "reducedAmount")).isFalse();
        assertThat(wrapper(shown, "reducedAmount")).contains("data-hide=\"=representationsOutcome != &quot;REDUCED_AMOUNT&quot;\"");
        // a hidden input is disabled, so the browser neither requires nor sends it
        assertThat(wrapperContent(render(representations, Map.of()), "tf-reducedAmount")).contains("disabled");

        FormDefinition analyze = form("mitigation/AnalyzeFactorsAndProposeDecisionForm.form");
        String penalty = render(analyze, Map.of("petitionOutcome", "MITIGATE"));
        for (String key : List.of("bondNumber", "principalName", "suretyName", "breach", "breachDate", "guidelineAmount")) {
            assertThat(hidden(penalty, key)).as(key + " without a bond").isTrue();
        }
        String ld = render(analyze, Map.of("bondNumber", "STB-1", "petitionOutcome", "CANCEL", "nationalSecurityException", true));
        assertThat(hidden(ld, "bondNumber")).isFalse();
        assertThat(hidden(ld, "proposedAmount")).isTrue();
        assertThat(hidden(ld, "exceptionJustification")).isFalse();
        assertThat(hidden(penalty, "exceptionJustification")).isTrue();
        assertThat(hidden(penalty, "proposedAmount")).isFalse();

        FormDefinition disposition = form("seizure/DecideDispositionForm.form");
        String sale = render(disposition, Map.of("counterfeit", true, "dispositionMethod", "SALE"));
        assertThat(hidden(sale, "ownerConsent")).isFalse();
        assertThat(hidden(sale, "recipientAgency")).isTrue();
        assertThat(hidden(sale, "disposer")).isTrue();
        assertThat(hidden(sale, "appraisedValue")).as("no appraised value").isTrue();
        String destruction = render(disposition, Map.of("counterfeit", true, "dispositionMethod", "DESTRUCTION",
                "appraisedValue", "900000.00"));
        assertThat(hidden(destruction, "ownerConsent")).isTrue();
        assertThat(hidden(destruction, "appraisedValue")).isFalse();
        assertThat(hidden(render(disposition, Map.of("counterfeit", false, "dispositionMethod", "SALE")), "ownerConsent")).isTrue();
        assertThat(hidden(render(disposition, Map.of("dispositionMethod", "DONATION")), "recipientAgency")).isFalse();

        FormDefinition extension = form("liquidateddamages/DecideExtensionRequestForm.form");
        assertThat(hidden(render(extension, Map.of()), "extendedDueDate")).isTrue();
        assertThat(hidden(render(extension, Map.of("extensionGranted", false)), "extendedDueDate")).isTrue();
        assertThat(hidden(render(extension, Map.of("extensionGranted", true)), "extendedDueDate")).isFalse();
    }

    @Test
    void textComponentsKeepOnlyTheirMarkdown() {
        String html = FormHtml.markdown("### Title & more\nA **bold** claim, an *emphasis*, `code` and <script>x()</script>\n"
                + "second line\n\n- one\n- two <i>\n\nlast");
        assertThat(html).isEqualTo("<h3>Title &amp; more</h3><p>A <strong>bold</strong> claim, an <em>emphasis</em>, "
                + "<code>code</code> and &lt;script&gt;x()&lt;/script&gt;<br>second line</p>"
                + "<ul><li>one</li><li>two &lt;i&gt;</li></ul><p>last</p>");
        assertThat(FormHtml.markdown("# Top")).isEqualTo("<h3>Top</h3>");
        assertThat(FormHtml.markdown("#### Deep")).isEqualTo("<h4>Deep</h4>");
        assertThat(FormHtml.markdown("2 * 3 * 4 and a_b_c")).isEqualTo("<p>2 * 3 * 4 and a_b_c</p>");
    }

    @Test
    void unknownComponentsBecomeANoteNeverNothing() {
        FormDefinition form = FormDefinition.parse("""
                {"id":"F","components":[
                  {"type":"spacer","id":"S1"},
                  {"type":"taglist","id":"T1","key":"tags","label":"Tags <x>","values":[{"label":"a","value":"a"}]},
                  {"type":"datetime","subtype":"time","id":"T2","key":"at","timeLabel":"At"},
                  {"type":"textfield","id":"T3","key":"note","label":"Note","conditional":{"hide":"=matches(note, \\"x\\")"}}
                ]}""");
        FormHtml.Rendered rendered = FormHtml.render(form, Map.of(), Map.of(), Map.of(), MESSAGES, TODAY);
        assertThat(rendered.html()).contains("form-unsupported", "not supported here \u2014 use Tasklist",
                "\u201cTags &lt;x&gt;\u201d (form component taglist)", "\u201cat\u201d (form component datetime (time))",
                "\u201cS1\u201d (form component spacer)");
        assertThat(rendered.unsupported()).containsExactly("spacer", "taglist", "datetime (time)");
        assertThat(rendered.completable()).as("a value this page cannot take: complete in Tasklist").isFalse();
        assertThat(rendered.unevaluated()).containsExactly("=matches(note, \"x\")");
        assertThat(hidden(rendered.html(), "note")).isFalse();

        FormHtml.Rendered onlySpacer = FormHtml.render(FormDefinition.parse("{\"components\":[{\"type\":\"separator\"}]}"),
                Map.of(), Map.of(), Map.of(), MESSAGES, TODAY);
        assertThat(onlySpacer.completable()).isTrue();
        assertThat(onlySpacer.html()).contains("form-unsupported");
    }

    @Test
    void conditionsReadingVariablesOutsideTheFormTravelToTheBrowser() {
        FormDefinition form = FormDefinition.parse("""
                {"id":"F","components":[{"type":"textfield","key":"x","label":"X","conditional":{"hide":"=flag = true"}}]}""");
        String html = render(form, Map.of("flag", true));
        assertThat(html).contains("data-context=\"{&quot;flag&quot;:true}\"");
        assertThat(hidden(html, "x")).isTrue();
    }

    @Test
    void theConditionSubset() {
        Map<String, Object> v = new HashMap<>();
        v.put("a", "A");
        v.put("n", 12000.0);
        v.put("t", true);
        v.put("f", false);
        v.put("empty", "");
        assertThat(FeelCondition.parse("=a = \"A\"").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=a != \"A\"").isTrue(v::get)).isFalse();
        assertThat(FeelCondition.parse("=missing = null").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=empty = null").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=a = null").isTrue(v::get)).isFalse();
        assertThat(FeelCondition.parse("=missing != true").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=t").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=a").isTrue(v::get)).as("only true hides").isFalse();
        assertThat(FeelCondition.parse("=not(f)").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=not(missing)").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=not(a)").isTrue(v::get)).isFalse();
        assertThat(FeelCondition.parse("=t and a = \"A\"").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=f or (a = \"B\" or a = \"A\")").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=not(a = \"B\" or a = \"C\")").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=n = 12000").isTrue(v::get)).isTrue();
        assertThat(FeelCondition.parse("=n >= 12000.5").isTrue(v::get)).isFalse();
        assertThat(FeelCondition.parse("=n = \"12000\"").isTrue(v::get)).as("text is not a number").isFalse();
        assertThat(FeelCondition.parse("=not(a = \"A\" and t)").variables()).containsExactlyInAnyOrder("a", "t");
        assertThatThrownBy(() -> FeelCondition.parse("=contains(a, \"x\")")).isInstanceOf(FeelCondition.Unsupported.class);
        assertThatThrownBy(() -> FeelCondition.parse("=a + 1")).isInstanceOf(FeelCondition.Unsupported.class);
        assertThatThrownBy(() -> FeelCondition.parse("=a = \"x")).isInstanceOf(FeelCondition.Unsupported.class);
        assertThatThrownBy(() -> FeelCondition.parse("=(a")).isInstanceOf(FeelCondition.Unsupported.class);
    }
}
