package gov.fpf.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * Notices as documents: every family's notice is a PDF/A with embedded fonts, the letterhead and both addresses, page
 * numbers; the bytes stored at issue are the bytes downloaded; a re-issue adds a version with its reason; other offices
 * get a 404 and readers who are not officers or supervisors cannot re-issue.
 */
class NoticeDocumentTest extends ApplicationTest {

    private static final String OFFICE_LINE = "301 E. Ocean Blvd, Suite 1400";

    // ------------------------------------------------------------------------------------------ fixtures

    private long partyWithAddress(String name, String line1, String city) throws Exception {
        String body = usEntityJson(name).replaceFirst("}\\s*$", ",\"mailingAddress\":{\"line1\":\"" + line1
                + "\",\"city\":\"" + city + "\",\"region\":\"CA\",\"postalCode\":\"90802\",\"country\":\"US\"}}");
        return json.readTree(mvc.perform(post("officer1", "/api/v1/parties", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    /** A penalty case at the seaport whose pre-penalty notice has been issued; its number. */
    private String penaltyCaseWithPpn(long partyId) throws Exception {
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true,"merchandiseDescription":"steel fasteners","materialFacts":"declared at 5%%"}"""
                        .formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}");
        return caseNumber;
    }

    private long noticeId(String caseNumber, String kind) throws Exception {
        for (JsonNode n : caseFile(caseNumber).get("notices")) {
            if (n.get("kind").asText().equals(kind)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no notice " + kind + " on " + caseNumber + ": " + caseFile(caseNumber).get("notices"));
    }

    private MockHttpServletResponse download(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(user, path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        return response;
    }

    private String storedSha256(long noticeId, int version) {
        return jdbc.queryForObject("SELECT sha256 FROM notice_document WHERE notice_id = ? AND version = ?", String.class,
                noticeId, version);
    }

    private static MockHttpServletRequestBuilder reissue(String user, String caseNumber, long noticeId, String reason) {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/cases/{n}/notices/{id}/reissue", caseNumber,
                noticeId).with(httpBasic(user, user)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        return reason == null ? post : post.param("reason", reason);
    }

    /** The PDF's text, after checking it is a PDF/A-2B whose every font is embedded. */
    private static String checkedText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("Liberation"));
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
            assertThat(pdfa).as("PDF/A identification in the XMP metadata").isNotNull();
            assertThat(pdfa.getPart()).isEqualTo(2);
            assertThat(pdfa.getConformance()).isEqualTo("B");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            return new PDFTextStripper().getText(document);
        }
    }

    // ------------------------------------------------------------------------------------------ tests

    @Test
    void aPenaltyNoticeIsAPdfAWithBothAddressesPageNumbersAndTheStoredHash() throws Exception {
        long party = partyWithAddress("Document Fasteners Inc", "77 Quay Street", "Long Beach");
        String caseNumber = penaltyCaseWithPpn(party);
        long notice = noticeId(caseNumber, "PRE_PENALTY_NOTICE");

        MockHttpServletResponse api = download("officer1", "/api/v1/cases/" + caseNumber + "/notices/" + notice + ".pdf");
        byte[] pdf = api.getContentAsByteArray();
        String text = checkedText(pdf);
        assertThat(text).contains("Document Fasteners Inc", "77 Quay Street", "Long Beach, CA 90802", OFFICE_LINE,
                "U.S. Customs and Border Protection", "Pre-penalty notice", caseNumber, "Page 1 of",
                "Fines, Penalties and Forfeitures Officer", "Olivia Officer");
        assertThat(text).as("a fact with no value is left out").doesNotContain("not stated", "Entries");
        assertThat(text).doesNotContain("NOT ON FILE");

        String stored = storedSha256(notice, 1);
        assertThat(stored).isEqualTo(NoticePdf.sha256(pdf)).isEqualTo(api.getHeader("X-Content-SHA256"));
        // the page's download and Accept: application/pdf give the same bytes
        assertThat(download("officer1", "/cases/" + caseNumber + "/notices/" + notice + ".pdf").getContentAsByteArray())
                .isEqualTo(pdf);
        assertThat(mvc.perform(get("officer1", "/api/v1/cases/" + caseNumber + "/notices/" + notice)
                        .accept(MediaType.APPLICATION_PDF)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(pdf);

        // the notice page: the letter, download, print, the version with its hash, the re-issue form
        String page = mvc.perform(get("officer1", "/cases/" + caseNumber + "/notices/" + notice)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Document Fasteners Inc", "77 Quay Street", "Download PDF",
                "id=\"print-notice\"", stored, "Back to case " + caseNumber, "name=\"_csrf\"", "id=\"reissue-reason\"");
        assertThat(page).doesNotContain("id=\"address-warning\"");
        assertThat(mvc.perform(get("officer1", "/cases/" + caseNumber + "?tab=notices")).andReturn().getResponse()
                .getContentAsString()).contains("/cases/" + caseNumber + "/notices/" + notice + ".pdf");
    }

    @Test
    void liquidatedDamagesAndSeizureNoticesAreDocumentsToo() throws Exception {
        long principal = partyWithAddress("Document Bonded Importer LLC", "12 Dock Road", "San Pedro");
        long bond = json.readTree(mvc.perform(post("officer1", "/api/v1/bonds", """
                        {"bondNumber":"DOC-CB-0001","principalPartyId":%d,"suretyName":"Document Surety Co","type":"CONTINUOUS",
                         "activity":"IMPORTATION_AND_ENTRY","amount":100000,"effectiveDate":"2024-01-01"}""".formatted(principal)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String ld = json.readTree(mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases",
                        "{\"bondId\":" + bond + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"" + seaportToday().minusDays(3)
                                + "\",\"entryNumber\":\"ISF-DOC-0001\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        String claim = checkedText(download("officer1", "/api/v1/cases/" + ld + "/notices/"
                + noticeId(ld, "LD_CLAIM_NOTICE") + ".pdf").getContentAsByteArray());
        assertThat(claim).contains("Document Bonded Importer LLC", "12 Dock Road", "San Pedro, CA 90802", OFFICE_LINE,
                "Page 1 of");
        String surety = checkedText(download("officer1", "/api/v1/cases/" + ld + "/notices/"
                + noticeId(ld, "LD_SURETY_NOTICE") + ".pdf").getContentAsByteArray());
        assertThat(surety).as("the surety is not a party: no address on file, and the letter says so")
                .contains("Document Surety Co", "ADDRESS NOT ON FILE", "Page 1 of");

        long owner = partyWithAddress("Document Seized Goods Ltd", "5 Warehouse Row", "Long Beach");
        String seizure = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", """
                        {"partyId":%d,"seizureDate":"%s","discoveryDate":"%s","statute":"1526(e)","placeOfSeizure":"berth 9",
                         "cause":"counterfeit marks","items":[{"description":"handbags","quantity":10,"appraisedValue":3000,
                         "counterfeit":true}]}""".formatted(owner, seaportToday().minusDays(1), seaportToday().minusDays(1))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        String receipt = checkedText(download("officer1", "/api/v1/cases/" + seizure + "/notices/"
                + noticeId(seizure, "CUSTODY_RECEIPT") + ".pdf").getContentAsByteArray());
        assertThat(receipt).contains("Document Seized Goods Ltd", "5 Warehouse Row", OFFICE_LINE, "Page 1 of");
    }

    @Test
    void aMissingAddressIsSaidAndAReissueWithTheCorrectedAddressIsVersionTwo() throws Exception {
        long party = party("Document No Address Co");
        String caseNumber = penaltyCaseWithPpn(party);
        long notice = noticeId(caseNumber, "PRE_PENALTY_NOTICE");
        byte[] first = download("officer1", "/cases/" + caseNumber + "/notices/" + notice + ".pdf").getContentAsByteArray();
        assertThat(checkedText(first)).contains("Document No Address Co", "ADDRESS NOT ON FILE");
        assertThat(mvc.perform(get("officer1", "/cases/" + caseNumber + "/notices/" + notice)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"address-warning\"", "aria-describedby=\"address-warning\"");

        // a re-issue needs a reason: the form again with the error, nothing stored
        String refused = mvc.perform(reissue("officer1", caseNumber, notice, "  "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("role=\"alert\"", "href=\"#reissue-reason\"", "aria-invalid=\"true\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_document WHERE notice_id = ?", Integer.class, notice))
                .isEqualTo(1);

        long version = caseFileParty(party).get("version").asLong();
        mvc.perform(put("officer1", "/api/v1/parties/" + party + "/address", """
                {"mailingAddress":{"line1":"9 Corrected Street","city":"Carson","region":"CA","postalCode":"90745",
                 "country":"US"},"version":%d}""".formatted(version))).andExpect(status().isOk());
        mvc.perform(reissue("supervisor1", caseNumber, notice, "address corrected"))
                .andExpect(status().is3xxRedirection());

        byte[] second = download("officer1", "/cases/" + caseNumber + "/notices/" + notice + ".pdf?version=2")
                .getContentAsByteArray();
        String text = checkedText(second);
        assertThat(text).contains("9 Corrected Street", "Carson, CA 90745", "version 2", "address corrected",
                "Proposed penalty").doesNotContain("NOT ON FILE");
        assertThat(storedSha256(notice, 2)).isEqualTo(NoticePdf.sha256(second));
        // the first version is still what was sent
        assertThat(download("officer1", "/cases/" + caseNumber + "/notices/" + notice + ".pdf?version=1")
                .getContentAsByteArray()).isEqualTo(first);
        assertThat(download("officer1", "/cases/" + caseNumber + "/notices/" + notice + ".pdf").getHeader("X-Notice-Version"))
                .isEqualTo("2");

        JsonNode versions = json.readTree(mvc.perform(get("officer1", "/api/v1/cases/" + caseNumber + "/notices/" + notice
                + "/versions")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("reason").asText()).isEqualTo("address corrected");
        assertThat(versions.get(1).get("issuedBy").asText()).isEqualTo("supervisor1");
        assertThat(caseFile(caseNumber).get("timeline").findValuesAsText("event")).contains("NOTICE_REISSUED");
        assertThat(caseFile(caseNumber).get("timeline").findValuesAsText("reason")).contains("address corrected");
        String page = mvc.perform(get("officer1", "/cases/" + caseNumber + "/notices/" + notice)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("9 Corrected Street", "address corrected", "version=1", "version=2")
                .doesNotContain("id=\"address-warning\"");
    }

    @Test
    void anotherOfficeGets404AndAReaderWhoIsNotAnOfficerCannotReissue() throws Exception {
        String caseNumber = penaltyCaseWithPpn(partyWithAddress("Document Boundary Inc", "1 Fence Lane", "Long Beach"));
        long notice = noticeId(caseNumber, "PRE_PENALTY_NOTICE");
        mvc.perform(get("officer2", "/cases/" + caseNumber + "/notices/" + notice + ".pdf")).andExpect(status().isNotFound());
        mvc.perform(get("officer2", "/cases/" + caseNumber + "/notices/" + notice)).andExpect(status().isNotFound());
        mvc.perform(get("officer2", "/api/v1/cases/" + caseNumber + "/notices/" + notice + ".pdf"))
                .andExpect(status().isNotFound());
        mvc.perform(reissue("officer2", caseNumber, notice, "address corrected")).andExpect(status().isNotFound());
        // a notice of another case is not served under this case's number
        String other = penaltyCaseWithPpn(partyWithAddress("Document Other Case Inc", "2 Fence Lane", "Long Beach"));
        mvc.perform(get("officer1", "/cases/" + other + "/notices/" + notice + ".pdf")).andExpect(status().isNotFound());

        // the custodian reads the case and its document, but may not re-issue it
        download("custodian1", "/cases/" + caseNumber + "/notices/" + notice + ".pdf");
        assertThat(mvc.perform(get("custodian1", "/cases/" + caseNumber + "/notices/" + notice)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("id=\"reissue-form\"");
        mvc.perform(reissue("custodian1", caseNumber, notice, "address corrected")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_document WHERE notice_id = ?", Integer.class, notice))
                .isEqualTo(1);
    }

    private JsonNode caseFileParty(long party) throws Exception {
        return json.readTree(mvc.perform(get("officer1", "/api/v1/parties/" + party)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
