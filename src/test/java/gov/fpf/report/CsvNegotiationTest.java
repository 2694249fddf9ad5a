package gov.fpf.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which Accept headers get CSV: only one that names text/csv and does not prefer JSON to it. */
class CsvNegotiationTest {

    @Test
    void textCsvGetsCsv() {
        assertThat(EnforcementReportController.wantsCsv("text/csv")).isTrue();
        assertThat(EnforcementReportController.wantsCsv("text/csv;charset=UTF-8")).isTrue();
        assertThat(EnforcementReportController.wantsCsv("text/csv, application/json;q=0.5")).isTrue();
        assertThat(EnforcementReportController.wantsCsv("text/csv, application/json")).isTrue();
    }

    @Test
    void anythingElseGetsJson() {
        assertThat(EnforcementReportController.wantsCsv(null)).isFalse();
        assertThat(EnforcementReportController.wantsCsv("")).isFalse();
        assertThat(EnforcementReportController.wantsCsv("*/*")).isFalse();
        assertThat(EnforcementReportController.wantsCsv("text/*")).isFalse();
        assertThat(EnforcementReportController.wantsCsv("application/json")).isFalse();
        assertThat(EnforcementReportController.wantsCsv("application/json, text/csv")).isFalse();
        assertThat(EnforcementReportController.wantsCsv("application/json;q=1, text/csv;q=0.5")).isFalse();
        assertThat(EnforcementReportController.wantsCsv("text/html,application/xhtml+xml,*/*;q=0.8")).isFalse();
        assertThat(EnforcementReportController.wantsCsv("not a media type")).isFalse();
    }
}
