package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.process.identity.EngineAccess;

/**
 * Issue 14 item 10 over real HTTP, as a browser: an unknown address and the admin pages refused to a role come in our
 * layout with a way back (API clients keep RFC 7807), and a failed login shows the page again with the typed user
 * name, escaped, and never the password.
 */
class ErrorPagesTest extends ApplicationTest {

    @Autowired
    EngineAccess engineAccess;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private String csrf(HttpClient client, String path) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(send(client, page(path).build()).body());
        assertThat(token.find()).as("a CSRF token on " + path).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> postForm(HttpClient client, String path, String form) throws Exception {
        return send(client, page(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpClient loggedIn(String user) throws Exception {
        HttpClient client = browser();
        HttpResponse<String> login = postForm(client, "/login", "username=" + user + "&password=" + user + "&_csrf="
                + csrf(client, "/login"));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    @Test
    void anUnknownAddressIsOurNotFoundPageForBrowsersAndAProblemForApiClients() throws Exception {
        HttpClient officer = loggedIn("officer1");
        for (String path : List.of("/no-such-page", "/admin/nothing-here", "/cases-typo/2026")) {
            HttpResponse<String> missing = send(officer, page(path).build());
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(missing.body()).as(path).contains("<h1>Not found</h1>", "Go to the worklist",
                    "<nav aria-label=\"Main\">").doesNotContain("\"status\":404");
        }
        HttpResponse<String> api = send(browser(), HttpRequest.newBuilder(URI.create(url("/api/v1/no-such-thing")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "officer1:officer1".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build());
        // the API chain refuses addresses it does not know (403) before any controller could say 404: either way JSON
        assertThat(api.statusCode()).isIn(403, 404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":" + api.statusCode()).doesNotContain("<html");
    }

    @Test
    void anAdminWriteByAnotherRoleIsRefusedInOurLayoutAndStoresNothing() throws Exception {
        HttpClient officer = loggedIn("officer1");
        String token = csrf(officer, "/admin/parameters");
        for (String[] write : List.of(
                new String[] {"/admin/offices", "code=NOPE1&name=No&kind=SEAPORT"},
                new String[] {"/admin/parameters/deadline.referral-escalation",
                        "value=1&effectiveFrom=2099-01-01&citation=x&confidence=V"},
                new String[] {"/parties/1/standing", "goodStanding=false&reason=x&version=0"})) {
            HttpResponse<String> refused = postForm(officer, write[0], write[1] + "&_csrf=" + token);
            assertThat(refused.statusCode()).as(write[0]).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).as(write[0]).startsWith("text/html");
            assertThat(refused.body()).as(write[0]).contains("Not for your role", "<nav aria-label=\"Main\">",
                    "Go to the worklist").doesNotContain("Whitelabel");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM office WHERE code = 'NOPE1'", Integer.class)).isZero();
        // and the admin pages an officer may read are there, without the forms
        HttpResponse<String> parameters = send(officer, page("/admin/parameters").build());
        assertThat(parameters.statusCode()).isEqualTo(200);
        assertThat(parameters.body()).contains("Legal parameters");
    }

    @Test
    void aFailedLoginKeepsTheUserNameEscapedAndNeverThePassword() throws Exception {
        // the engine throttles a user's logins after a wrong password: users of this test's own
        engineAccess.ensureUser("keepname", "right-one", "Keep", "Name", List.of(Roles.OFFICER), Set.of("LALB"));
        HttpClient client = browser();
        HttpResponse<String> failed = postForm(client, "/login", "username=keepname&password=secret-typo&_csrf="
                + csrf(client, "/login"));
        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        String again = send(client, page("/login?error").build()).body();
        assertThat(again).contains("Wrong user name or password", "value=\"keepname\"").doesNotContain("secret-typo");
        assertThat(again).containsPattern("id=\"password\"[^>]*autofocus");
        assertThat(again).doesNotContainPattern("id=\"username\"[^>]*autofocus");
        // shown once: the next visit of the login page is empty again
        assertThat(send(client, page("/login").build()).body()).doesNotContain("value=\"keepname\"");

        String hostile = "<script>alert(1)</script>\"x";
        HttpResponse<String> odd = postForm(client, "/login", "username=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8)
                + "&password=whatever&_csrf=" + csrf(client, "/login"));
        assertThat(odd.statusCode()).isEqualTo(302);
        String escaped = send(client, page("/login?error").build()).body();
        assertThat(escaped).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;x\"")
                .doesNotContain("<script>alert(1)");

    }
}
