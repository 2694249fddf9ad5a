package gov.fpf.liquidateddamages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import gov.fpf.liquidateddamages.imports.BreachFile.Format;
import gov.fpf.liquidateddamages.imports.BreachFile.Line;
import gov.fpf.system.Problems;

class BreachFileTest {

    private static final BreachFile.Limits LIMITS = new BreachFile.Limits(5);
    private final ObjectMapper json = new ObjectMapper();

    private BreachFile csv(String text) {
        return BreachFile.read(text.getBytes(StandardCharsets.UTF_8), Format.CSV, LIMITS, json);
    }

    private BreachFile json(String text) {
        return BreachFile.read(text.getBytes(StandardCharsets.UTF_8), Format.JSON, LIMITS, json);
    }

    @Test
    void aCsvLineBecomesABreachWithItsPhysicalLineNumber() {
        BreachFile file = csv("""
                bondNumber,breach,breachDate,entryNumber,merchandiseValue,restricted,daysLate
                B-1,LATE_ENTRY_SUMMARY,2025-03-04,ABC-1234567-8,12500.00,false,12

                B-2,LATE_ISF,2025-03-05,,,,
                """);

        assertThat(file.lines()).extracting(Line::lineNo).containsExactly(2, 4);
        Line first = file.lines().get(0);
        assertThat(first.readable()).isTrue();
        assertThat(first.bondNumber()).isEqualTo("B-1");
        assertThat(first.breach().breach()).isEqualTo("LATE_ENTRY_SUMMARY");
        assertThat(first.breach().breachDate()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(first.breach().entryNumber()).isEqualTo("ABC-1234567-8");
        assertThat(first.breach().merchandiseValue()).isEqualByComparingTo("12500.00");
        assertThat(first.breach().restricted()).isFalse();
        assertThat(first.breach().daysLate()).isEqualTo(12);
        Line second = file.lines().get(1);
        assertThat(second.breach().entryNumber()).isNull();
        assertThat(second.breach().merchandiseValue()).isNull();
        assertThat(second.breach().daysLate()).isNull();
    }

    @Test
    void aQuotedFieldMayHoldCommasQuotesAndLineBreaks() {
        BreachFile file = csv("bondId,breach,breachDate,merchandiseValue,entryNumber\r\n"
                + "7,FAILURE_TO_REDELIVER,2025-01-02,\"$12,500.50\",\"ABC-1\"\r\n"
                + "\"8\",\"LATE\nISF\",2025-01-02,1,\r\n"
                + "9,LATE_ISF,2025-01-03,\"1,000\",\r\n");

        assertThat(file.lines()).extracting(Line::lineNo).containsExactly(2, 3, 5);
        assertThat(file.lines().get(0).breach().merchandiseValue()).isEqualByComparingTo("12500.50");
        assertThat(file.lines().get(0).bondId()).isEqualTo(7L);
        assertThat(file.lines().get(1).breach().breach()).isEqualTo("LATE\nISF");
        assertThat(file.lines().get(2).breach().merchandiseValue()).isEqualByComparingTo("1000");
    }

    @Test
    void aLineThatCannotBeReadCarriesItsProblemsAndTheOthersAreKept() {
        BreachFile file = csv("""
                bondNumber,breach,breachDate,merchandiseValue,daysLate,restricted
                B-1,LATE_ISF,2025-13-01,abc,x,maybe
                B-1,LATE_ISF,2025-02-01,"1,5",1,true
                B-1,LATE_ISF,2025-02-01,1.005,1,true
                B-1,LATE_ISF,2025-02-01,1,1,true,extra
                B-1,LATE_ISF,2025-02-01,1,1,true
                """);

        assertThat(file.lines()).extracting(Line::lineNo).containsExactly(2, 3, 4, 5, 6);
        assertThat(file.lines().get(0).problem()).contains("breachDate: '2025-13-01' is not a date in the form YYYY-MM-DD",
                "merchandiseValue: 'abc' is not an amount", "daysLate: 'x' is not a whole number",
                "restricted: 'maybe' is not true or false");
        assertThat(file.lines().get(1).problem()).contains("merchandiseValue: '1,5' is not an amount");
        assertThat(file.lines().get(2).problem()).contains("more than two decimals");
        assertThat(file.lines().get(3).problem()).contains("the line has 7 fields but the header has 6");
        assertThat(file.lines().get(4).readable()).isTrue();
    }

    @Test
    void aNegativeAmountIsReadSoTheClaimRulesRefuseIt() {
        Line line = csv("bondNumber,breach,breachDate,merchandiseValue\nB-1,FAILURE_TO_REDELIVER,2025-02-01,-5\n")
                .lines().get(0);

        assertThat(line.readable()).isTrue();
        assertThat(line.breach().merchandiseValue()).isEqualByComparingTo("-5");
    }

    @Test
    void aLineWithoutABondOrWithABadEntryNumberIsUnreadable() {
        BreachFile file = csv("""
                bondNumber,bondId,breach,breachDate,entryNumber
                ,,LATE_ISF,2025-02-01,
                ,0,LATE_ISF,2025-02-01,
                B 1,,LATE_ISF,2025-02-01,A;B
                """);

        assertThat(file.lines().get(0).problem()).isEqualTo("bondNumber or bondId: name the bond the breach is claimed against");
        assertThat(file.lines().get(1).problem()).isEqualTo("bondId: '0' is not a bond id (a whole number above 0)");
        assertThat(file.lines().get(2).problem()).contains("bondNumber: 'B 1' is not a bond number",
                "entryNumber: 'A;B' is not an entry number");
    }

    @Test
    void headerColumnsAreMatchedWithoutRegardToCaseAndABomIsIgnored() {
        BreachFile file = csv("\uFEFF BONDNUMBER , Breach,breachdate\nB-1,LATE_ISF,2025-02-01\n");

        assertThat(file.lines().get(0).bondNumber()).isEqualTo("B-1");
        assertThat(file.lines().get(0).breach().breachDate()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void anUnknownColumnRefusesTheFileNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> csv("bondNumber,breach,breachDate,penaltyAmount\nB-1,LATE_ISF,2025-02-01,5\n"))
                .isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("Unknown column 'penaltyAmount'")
                .hasMessageContaining("Known columns: bondNumber, bondId, breach, breachDate");
        assertThatThrownBy(() -> csv("bondNumber;breach;breachDate\nB-1;LATE_ISF;2025-02-01\n"))
                .hasMessageContaining("commas, not semicolons");
        assertThatThrownBy(() -> csv("bondNumber,breach,breachDate,\nB-1,LATE_ISF,2025-02-01,\n"))
                .hasMessageContaining("Unknown column without a name (column 4)");
    }

    @Test
    void aHeaderWithoutTheBondOrTheBreachDateRefusesTheFile() {
        assertThatThrownBy(() -> csv("breach,entryNumber\nLATE_ISF,ABC-1\n"))
                .isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("lacks bondNumber (or bondId), breachDate");
        assertThatThrownBy(() -> csv("bondId,breach,breachDate,bondId\n1,LATE_ISF,2025-01-01,1\n"))
                .hasMessageContaining("names the column bondId twice");
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsRefused() {
        assertThatThrownBy(() -> csv("")).isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> csv("  \n\n")).isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> csv("bondNumber,breach,breachDate\n\n,,\n"))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("header but no breaches");
        assertThatThrownBy(() -> json("[]")).isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("array is empty");
    }

    @Test
    void aQuoteNeverClosedRefusesTheFileWithItsLine() {
        assertThatThrownBy(() -> csv("bondNumber,breach,breachDate\nB-1,LATE_ISF,2025-02-01\nB-2,\"LATE_ISF,2025-02-01\n"))
                .isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("Line 3: a quoted field is opened and never closed");
    }

    @Test
    void strayQuotesMakeOnlyTheirLineUnreadable() {
        BreachFile file = csv("bondNumber,breach,breachDate\nB-1,LA\"TE,2025-02-01\nB-1,\"LATE\"x,2025-02-01\nB-1,LATE_ISF,2025-02-01\n");

        assertThat(file.lines().get(0).problem()).contains("a quote inside the unquoted field 2");
        assertThat(file.lines().get(1).problem()).contains("text after the closing quote of field 2");
        assertThat(file.lines().get(2).readable()).isTrue();
    }

    @Test
    void moreLinesThanTheLimitRefuseTheFileAsTooLarge() {
        StringBuilder text = new StringBuilder("bondNumber,breach,breachDate\n");
        for (int i = 0; i < 6; i++) {
            text.append("B-1,LATE_ISF,2025-02-0").append(i + 1).append('\n');
        }
        assertThatThrownBy(() -> csv(text.toString())).isInstanceOf(LdImportService.FileTooLarge.class)
                .hasMessageContaining("more than 5 breaches");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "bondNumber,breach,breachDate\nB-\u00e9,LATE_ISF,2025-02-01\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> BreachFile.read(latin1, Format.CSV, LIMITS, json))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void aJsonArrayOrBreachesObjectIsReadWithTheIndexAsLineNumber() {
        String breaches = """
                [{"bondId": 7, "breach": "LATE_ENTRY_SUMMARY", "breachDate": "2025-03-04", "merchandiseValue": 12500.10,
                  "restricted": true, "daysLate": 3, "entryNumber": null},
                 {"bondNumber": "B-2", "breach": "LATE_ISF", "breachDate": "2025-3-4", "merchandiseValue": "x"},
                 "not an object",
                 {"bondNumber": "B-3", "breach": "LATE_ISF", "breachDate": "2025-03-04", "defaults": [1]}]""";

        for (BreachFile file : List.of(json(breaches), json("{\"breaches\": " + breaches + "}"))) {
            assertThat(file.format()).isEqualTo(Format.JSON);
            assertThat(file.lines()).extracting(Line::lineNo).containsExactly(1, 2, 3, 4);
            Line first = file.lines().get(0);
            assertThat(first.bondId()).isEqualTo(7L);
            assertThat(first.breach().merchandiseValue()).isEqualByComparingTo("12500.10");
            assertThat(first.breach().restricted()).isTrue();
            assertThat(first.breach().daysLate()).isEqualTo(3);
            assertThat(file.lines().get(1).problem()).contains("breachDate: '2025-3-4' is not a date",
                    "merchandiseValue: 'x' is not an amount");
            assertThat(file.lines().get(2).problem()).isEqualTo("breach 3 is not a JSON object");
            assertThat(file.lines().get(3).problem()).isEqualTo("defaults: must be a single value, not an array");
        }
    }

    @Test
    void brokenJsonOrAnUnknownFieldRefusesTheFile() {
        assertThatThrownBy(() -> json("[{\"bondId\": 1,")).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> json("[{\"bondId\": 1, \"breach\": \"LATE_ISF\", \"breachDate\": \"2025-01-01\"},"
                + " {\"bondId\": 1, \"amount\": 5}]"))
                .isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("Unknown field 'amount' (first in breach 2)");
        assertThatThrownBy(() -> json("{\"items\": []}")).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("unknown field(s) [items]");
        assertThatThrownBy(() -> json("[] []")).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void theFormatFollowsTheTypeThenTheNameThenTheContent() {
        byte[] any = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(BreachFile.formatOf("application/json", "a.csv", any)).isEqualTo(Format.JSON);
        assertThat(BreachFile.formatOf("text/csv;charset=UTF-8", null, any)).isEqualTo(Format.CSV);
        assertThat(BreachFile.formatOf("application/octet-stream", "breaches.JSON", any)).isEqualTo(Format.JSON);
        assertThat(BreachFile.formatOf(null, null, "  [{}]".getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.JSON);
        assertThat(BreachFile.formatOf(null, null, "bondId,breach".getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.CSV);
    }
}
