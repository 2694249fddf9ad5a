package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import gov.fpf.ApplicationTest;

/**
 * Issue 11 over real HTTP, as a browser: a cross-site POST to the Camunda webapps is refused without logging the user
 * out (S5); the session cookie and our pages' Content-Security-Policy (S8); and refusals of our pages come in our
 * layout for browsers and as ProblemDetail for API clients.
 */
class BrowserSafetyTest extends ApplicationTest {

    private record Browser(HttpClient client, CookieManager cookies) {
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static HttpResponse<String> send(Browser browser, HttpRequest request) throws IOException, InterruptedException {
        return browser.client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    private Browser browser() {
        CookieManager cookies = new CookieManager();
        return new Browser(HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build(), cookies);
    }

    private Browser loggedIn(String user) throws Exception {
        Browser browser = browser();
        String loginPage = send(browser, page("/login").build()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        return browser;
    }

    private String cookie(Browser browser, String name) {
        return browser.cookies().getCookieStore().getCookies().stream().filter(c -> name.equals(c.getName()))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private void stillLoggedIn(Browser browser, String user) throws Exception {
        HttpResponse<String> worklist = send(browser, page("/").build());
        assertThat(worklist.statusCode()).as("the session survived").isEqualTo(200);
        assertThat(worklist.body()).contains("<span class=\"user\">" + user + "</span>");
    }

    @Test
    void aCrossSitePostToTheCamundaWebappsIsRefusedAndTheUserStaysLoggedIn() throws Exception {
        Browser browser = loggedIn("officer1");
        assertThat(send(browser, page("/camunda/app/tasklist/default/").build()).statusCode()).isEqualTo(200);
        String xsrf = cookie(browser, "XSRF-TOKEN");
        assertThat(xsrf).as("Tasklist hands out its token").isNotBlank();

        // what another site's form or script can send: the session cookie, no token header
        for (String path : List.of("/camunda/api/engine/engine/default/task/x/claim", "/camunda/app/tasklist/default/")) {
            HttpResponse<String> forged = send(browser, HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Origin", "http://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("a=b")).build());
            assertThat(forged.statusCode()).as(path).isEqualTo(403);
            assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
            stillLoggedIn(browser, "officer1");
        }
        HttpResponse<String> wrongToken = send(browser, HttpRequest.newBuilder(
                        URI.create(url("/camunda/api/engine/engine/default/task")))
                .header("X-XSRF-TOKEN", "not-the-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        stillLoggedIn(browser, "officer1");

        // Tasklist's own request, with the token, still works
        HttpResponse<String> tasklist = send(browser, HttpRequest.newBuilder(
                        URI.create(url("/camunda/api/engine/engine/default/task")))
                .header("X-XSRF-TOKEN", cookie(browser, "XSRF-TOKEN")).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.body()).startsWith("[");
    }

    @Test
    void ourPagesSendAContentSecurityPolicyWhoseNonceTheirInlineScriptsCarry() throws Exception {
        Browser browser = loggedIn("hq1");
        for (String path : List.of("/", "/dashboard", "/reports/enforcement?year=2026", "/cases/2026-PEN-000001")) {
            HttpResponse<String> response = send(browser, page(path).build());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(path).hasSize(1);
            Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(policies.get(0));
            assertThat(nonce.find()).as(policies.get(0)).isTrue();
            assertThat(policies.get(0)).contains("default-src 'self'", "style-src 'self';", "object-src 'none'",
                    "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            Matcher scripts = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(response.body());
            int inline = 0;
            while (scripts.find()) {
                inline++;
                assertThat(scripts.group(1)).as(path + ": every inline script carries the nonce")
                        .contains("nonce=\"" + nonce.group(1) + "\"");
            }
            assertThat(inline).as(path).isPositive();
            assertThat(response.body()).as(path).doesNotContain(" onclick=", " style=\"");
        }
        // the Camunda webapps keep their own policy, not ours as well
        HttpResponse<String> cockpit = send(browser, page("/camunda/app/cockpit/default/").build());
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).hasSize(1)
                .allSatisfy(p -> assertThat(p).contains("sandbox").doesNotContain("connect-src"));
    }

    @Test
    void refusedPagesComeInOurLayoutForBrowsersAndAsProblemDetailForApiClients() throws Exception {
        Browser officer = loggedIn("officer1");
        for (String path : List.of("/approvals", "/dashboard", "/processes", "/reports/enforcement", "/actuator/metrics")) {
            HttpResponse<String> refused = send(officer, page(path).build());
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(refused.body()).as(path).contains("Not for your role", "<nav aria-label=\"Main\">",
                    "Go to the worklist", "officer1").doesNotContain("Whitelabel");
        }
        // a page POST without its CSRF token
        HttpResponse<String> noToken = send(officer, page("/worklist/tasks/x/claim")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("a=b")).build());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("Not for your role", "security token").doesNotContain("Whitelabel");
        stillLoggedIn(officer, "officer1");

        HttpResponse<String> missing = send(officer, page("/no-such-page").build());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Not found", "Go to the worklist", "<nav aria-label=\"Main\">");

        // the worklist with bad query parameters: our page with what is wrong, not JSON
        HttpResponse<String> bad = send(officer, page("/?page=-1&size=abc&family=BOGUS").build());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(bad.body()).contains("Cannot show this page", "&#39;size&#39; is &#39;abc&#39;, which is not a whole number",
                "Go to the worklist");

        // API clients keep RFC 7807
        HttpResponse<String> api = send(browser(), HttpRequest.newBuilder(URI.create(url("/api/v1/reports/enforcement?year=2026")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "officer1:officer1".getBytes(StandardCharsets.UTF_8))).header("Accept", "application/json").build());
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> apiMissing = send(browser(), HttpRequest.newBuilder(URI.create(url("/api/v1/no-such-thing")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "officer1:officer1".getBytes(StandardCharsets.UTF_8))).header("Accept", "application/json").build());
        assertThat(apiMissing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
