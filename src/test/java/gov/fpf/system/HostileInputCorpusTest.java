package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * The review's bad-input trial made ours: generated at test time from /v3/api-docs, every POST, PUT and PATCH of the
 * API gets hostile requests (broken and duplicate-keyed JSON, wrong types for each field, nulls, huge and negative
 * numbers, impossible and ancient dates, 4-byte and overlong text, arrays for objects, unknown enum values and
 * ordinals, wrong content types, unknown ids in the path). None may be a 5xx; every 4xx is an RFC 7807 problem; a
 * refused request changes no row of any table (domain and engine alike).
 */
class HostileInputCorpusTest extends ApplicationTest {

    private static final Logger log = LoggerFactory.getLogger(HostileInputCorpusTest.class);

    record Hostile(String label, String contentType, String body, boolean unknownIds) {
    }

    @Test
    void noHostileRequestIsA5xxEveryRefusalIsAProblemAndStoresNothing() throws Exception {
        Map<String, String> ids = fixtures();
        JsonNode docs = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString());
        List<String> tables = jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA ="
                + " 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME NOT IN ('ACT_GE_PROPERTY', 'ACT_RU_METER_LOG')",
                String.class);

        int operations = 0;
        int requests = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put", "patch")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                List<Hostile> corpus = corpus(docs, operation);
                assertThat(corpus).as(method + " " + path.getKey()).hasSizeGreaterThanOrEqualTo(10);
                for (Hostile hostile : corpus) {
                    requests++;
                    String uri = uri(path.getKey(), ids, hostile.unknownIds());
                    Map<String, Long> before = counts(tables);
                    MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                            .request(HttpMethod.valueOf(method.toUpperCase()), uri)
                            .with(httpBasic(user(path.getKey()), user(path.getKey())));
                    if (hostile.contentType() != null) {
                        request.contentType(hostile.contentType());
                    }
                    if (hostile.body() != null) {
                        request.content(hostile.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                    int status = response.getStatus();
                    statuses.merge(status, 1, Integer::sum);
                    String what = method.toUpperCase() + " " + uri + " [" + hostile.label() + "] -> " + status + " "
                            + abbreviate(response.getContentAsString());
                    if (status < 400) {
                        log.info("Hostile request accepted: {}", what);
                    }
                    if (status >= 500) {
                        failures.add("5xx: " + what);
                    } else if (status >= 400) {
                        if (response.getContentType() == null || !response.getContentType().startsWith("application/problem+json")) {
                            failures.add("not a problem: " + what);
                        } else {
                            JsonNode problem = json.readTree(response.getContentAsString());
                            if (problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
                                failures.add("problem without status/title: " + what);
                            }
                        }
                        Map<String, Long> after = counts(tables);
                        if (!after.equals(before)) {
                            failures.add("stored although refused: " + what + " " + difference(before, after));
                        }
                    }
                }
            }
        }
        log.info("Hostile corpus: {} operations, {} requests, statuses {}", operations, requests, statuses);
        System.out.println("Hostile corpus: " + operations + " operations, " + requests + " requests, statuses " + statuses);
        assertThat(operations).isGreaterThanOrEqualTo(20);
        assertThat(failures).isEmpty();
    }

    // ------------------------------------------------------------------ the corpus

    private List<Hostile> corpus(JsonNode docs, JsonNode operation) {
        List<Hostile> corpus = new ArrayList<>();
        JsonNode content = operation.path("requestBody").path("content");
        boolean multipart = content.has("multipart/form-data");
        String json = "application/json";
        ObjectNode schema = schema(docs, content.path("application/json").path("schema"));
        if (schema == null && multipart) {
            schema = schema(docs, content.path("multipart/form-data").path("schema"));
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        if (schema != null && schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), resolved(docs, e.getValue())));
        }
        String first = properties.isEmpty() ? "field" : properties.keySet().iterator().next();

        // whole bodies
        corpus.add(new Hostile("truncated JSON", json, "{\"" + first + "\":", false));
        corpus.add(new Hostile("not JSON", json, "this is not json", false));
        corpus.add(new Hostile("null body", json, "null", false));
        corpus.add(new Hostile("array for object", json, "[{}]", false));
        corpus.add(new Hostile("string for object", json, "\"x\"", false));
        corpus.add(new Hostile("duplicate keys", json, "{\"" + first + "\":1,\"" + first + "\":null}", false));
        corpus.add(new Hostile("1e999999", json, "{\"" + first + "\":1e999999}", false));
        corpus.add(new Hostile("deep nesting", json, "[".repeat(3000) + "]".repeat(3000), false));
        corpus.add(new Hostile("trailing content", json, "{}{}", false));
        corpus.add(new Hostile("unknown id in path", json, "{}", true));
        corpus.add(new Hostile("text/plain", "text/plain", "{}", false));
        corpus.add(new Hostile("xml", "application/xml", "<a/>", false));
        corpus.add(new Hostile("no content type", null, "{}", false));
        if (multipart) {
            corpus.add(new Hostile("multipart without parts", "multipart/form-data; boundary=x", "--x--\r\n", false));
        }
        // field by field: each value alone is wrong, whatever the other fields say
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            String name = property.getKey();
            JsonNode type = property.getValue();
            String kind = type.path("type").asText();
            String format = type.path("format").asText();
            List<String> wrong = new ArrayList<>();
            wrong.add("{\"a\":[1]}");
            wrong.add("[[[[1]]]]");
            if (type.has("enum")) {
                wrong.addAll(List.of("\"BOGUS\"", "0", "\"0\"", "\"continuous\""));
            } else if ("string".equals(kind) && "date".equals(format)) {
                wrong.addAll(List.of("\"2026-02-30\"", "\"2026-13-01\"", "\"+99999-01-01\"", "\"0001-01-01\"", "123",
                        "\"2026/01/01\"", "-1"));
            } else if ("string".equals(kind)) {
                wrong.addAll(List.of("\"" + "x".repeat(100_000) + "\"", "1592", "true"));
            } else if ("number".equals(kind) || "integer".equals(kind)) {
                wrong.addAll(List.of("\"12\"", "true", "1e308", "123456789012345678901234567890123456", "\"abc\""));
            } else if ("boolean".equals(kind)) {
                wrong.addAll(List.of("-1", "123", "\"yes\"", "\"true\""));
            } else if ("array".equals(kind)) {
                wrong.addAll(List.of("\"x\"", "{}", "[null]"));
            }
            for (String value : wrong) {
                corpus.add(new Hostile(name + "=" + abbreviate(value), json, "{\"" + name + "\":" + value + "}", false));
            }
        }
        return corpus;
    }

    private ObjectNode schema(JsonNode docs, JsonNode schema) {
        JsonNode resolved = resolved(docs, schema);
        return resolved instanceof ObjectNode o ? o : null;
    }

    private JsonNode resolved(JsonNode docs, JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return docs.path("components").path("schemas").path(name);
        }
        return schema;
    }

    // ------------------------------------------------------------------ fixtures and helpers

    /** Real ids for the path variables: a party, a penalty case and its open culpability task of our own. */
    private Map<String, String> fixtures() throws Exception {
        long party = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Hostile Corpus LLC")))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        JsonNode opened = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false}""".formatted(party))).andReturn().getResponse().getContentAsString());
        String task = null;
        for (JsonNode t : opened.get("openTasks")) {
            if (PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT.equals(t.get("taskDefinitionKey").asText())) {
                task = t.get("id").asText();
            }
        }
        return Map.of("party", String.valueOf(party), "case", opened.get("caseNumber").asText(), "task", task);
    }

    private static String uri(String template, Map<String, String> ids, boolean unknown) {
        if (template.equals("/api/v1/liquidated-damages-imports")) {
            // an accepted file is imported before the answer, so no background work changes rows under the next request
            return template + "?wait=true";
        }
        String uri = template.replace("{caseNumber}", unknown ? "2026-PEN-999999" : ids.get("case"))
                .replace("{name}", unknown ? "no.such.parameter" : "penalty.floor.share")
                .replace("{petitionId}", "987654321")
                .replace("{affiliationId}", "987654321")
                .replace("{code}", unknown ? "NOSUCHOFFICE" : "LALB");
        if (uri.contains("/tasks/{id}")) {
            return uri.replace("{id}", unknown ? "00000000-0000-0000-0000-000000000000" : ids.get("task"));
        }
        return uri.replace("{id}", unknown ? "987654321" : ids.get("party"));
    }

    private static String user(String path) {
        if (path.startsWith("/api/v1/designer")) {
            return "designer1";
        }
        if (path.startsWith("/api/v1/offices") || path.startsWith("/api/v1/legal-parameters")) {
            return "admin";
        }
        if (path.endsWith("/standing")) {
            return "supervisor1";
        }
        return "officer1";
    }

    private Map<String, Long> counts(List<String> tables) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class));
        }
        return counts;
    }

    private static Map<String, String> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, n) -> {
            if (!n.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + n);
            }
        });
        return changed;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + ")" : s;
    }
}
