package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 14 item 5 on MariaDB: a note and a 1 MB PDF (larger than a BLOB holds: the content column is a LONGBLOB)
 * stored and read back byte for byte with its SHA-256; another office's officer gets 404s.
 */
class MariaDbNotesIT extends MariaDbSuite {

    @Test
    void aNoteAndAMegabytePdfAreStoredOnMariaDb() throws Exception {
        long partyId = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"Notes on MariaDB\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        String n = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();

        mvc.perform(post("itofficera", "pw-a", "/api/v1/cases/" + n + "/notes", "{\"text\":\"Caf\\u00e9 owner called \\u2013 petition by mail.\"}"))
                .andExpect(status().isCreated());
        JsonNode notes = json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + n + "/notes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(notes.get(0).get("text").asText()).isEqualTo("Caf\u00e9 owner called \u2013 petition by mail.");

        byte[] pdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 1024 * 1024);
        for (int i = 9; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31 + 7);
        }
        byte[] sample = pdf; // an arithmetic filler: no /JavaScript or /Launch marker the content check refuses
        JsonNode stored = json.readTree(mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/cases/{n}/attachments", n)
                        .file(new MockMultipartFile("file", "petition.pdf", "application/pdf", sample))
                        .param("category", "PETITION").with(httpBasic("itofficera", "pw-a")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(sample));
        assertThat(stored.get("sha256").asText()).isEqualTo(sha);
        byte[] back = mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + n + "/attachments/" + stored.get("id").asLong()))
                .andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(sample);
        mvc.perform(get("itofficerb", "pw-b", "/api/v1/cases/" + n + "/attachments/" + stored.get("id").asLong()))
                .andExpect(status().isNotFound());
        mvc.perform(get("itofficerb", "pw-b", "/api/v1/cases/" + n + "/notes")).andExpect(status().isNotFound());
    }
}
