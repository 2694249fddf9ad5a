package gov.fpf.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/**
 * The letter frame and the PDF writer without the application: the frame prints both addresses (or says one is not
 * on file), leaves out facts with no value, and the PDF is a PDF/A-2B with embedded fonts and "Page X of Y".
 */
class NoticePdfTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T17:00:00Z");
    private final NoticePdf pdf = new NoticePdf();

    private static NoticeEnvelope envelope(List<String> addresseeLines) {
        return new NoticeEnvelope("DEMO Seaport FP&F", List.of("301 E. Ocean Blvd", "Long Beach, CA 90802"),
                "Sample Importer <Inc>", addresseeLines, LocalDate.of(2026, 3, 2), "Sample notice", "Olivia Officer", 1,
                null, null);
    }

    private static String letter(NoticeEnvelope envelope, int paragraphs) {
        return NoticeTemplates.render(Letter.of("test/sample", NoticeTemplates.caseFile("2026-PEN-000001",
                        CaseFamily.PENALTY)).with("envelope", envelope).with("entries", List.of())
                .with("amount", new BigDecimal("1234.5")).with("paragraphs", paragraphs));
    }

    @Test
    void theFramePrintsBothAddressesTheSignatureAndLeavesOutAnEmptyFact() {
        String html = letter(envelope(List.of("77 Quay Street", "Long Beach, CA 90802")), 1);
        assertThat(html).contains("Sample Importer &lt;Inc&gt;", "77 Quay Street", "301 E. Ocean Blvd",
                        "U.S. Customs and Border Protection", "Olivia Officer", "Fines, Penalties and Forfeitures Officer",
                        "<dt>Amount</dt><dd>$1,234.50</dd>", NoticeRenderer.ENVELOPE_START, NoticeRenderer.ENVELOPE_END)
                .doesNotContain("Entries", "not stated", "NOT ON FILE", "??");
        assertThat(html.indexOf("Olivia Officer")).as("the signature closes the letter")
                .isGreaterThan(html.indexOf("Paragraph 1"));
        assertThat(letter(envelope(null), 1)).contains("ADDRESS NOT ON FILE");
    }

    @Test
    void aLongLetterIsAPdfAWithEmbeddedFontsAndPageXOfY() throws Exception {
        long start = System.nanoTime();
        byte[] bytes = pdf.render(letter(envelope(List.of("77 Quay Street")), 60), "Sample notice", ISSUED);
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Page 1 of " + document.getNumberOfPages(),
                    "Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages(), "Case 2026-PEN-000001",
                    "Sample Importer <Inc>", "77 Quay Street", "301 E. Ocean Blvd");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
            var pdfa = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray())
                    .getPDFAIdentificationSchema();
            assertThat(pdfa.getPart()).isEqualTo(2);
            assertThat(pdfa.getConformance()).isEqualTo("B");
        }
        // the cost per notice once the renderer is warm (the report's figure)
        // (wall time on a shared machine says little; the thread's CPU time is what a notice costs)
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long wall = 0;
        long cpu = 0;
        int runs = 10;
        String html = letter(envelope(List.of("77 Quay Street")), 3);
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            pdf.render(html, "Sample notice", ISSUED);
            cpu += threads.getCurrentThreadCpuTime() - c;
            wall += System.nanoTime() - t;
        }
        System.out.printf("NoticePdf: first (cold, 60 paragraphs) %d ms; warm one-page letter %d ms wall, %d ms CPU"
                + " on average%n", firstMs, wall / runs / 1_000_000, cpu / runs / 1_000_000);
    }

    @Test
    void theSameHtmlIssuedAtTheSameInstantGivesTheSameText() throws Exception {
        String html = letter(envelope(List.of("77 Quay Street")), 2);
        try (PDDocument a = Loader.loadPDF(pdf.render(html, "t", ISSUED));
             PDDocument b = Loader.loadPDF(pdf.render(html, "t", ISSUED))) {
            assertThat(new PDFTextStripper().getText(a)).isEqualTo(new PDFTextStripper().getText(b));
        }
    }
}
