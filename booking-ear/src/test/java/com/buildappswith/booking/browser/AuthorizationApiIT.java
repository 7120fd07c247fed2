package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's answers to callers without a login, with the wrong role, and with someone else's data. */
class AuthorizationApiIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutASignInTheApiAnswers401() throws Exception {
        HttpResponse<String> me = send(get("api/me"));
        HttpResponse<String> users = send(get("api/admin/users"));

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(users.statusCode()).isEqualTo(401);
    }

    @Test
    void aClientSeesOnlyTheirOwnAccount() throws Exception {
        HttpResponse<String> me = send(as(get("api/me"), SignIn.DEMO_CLIENT, SignIn.DEMO_PASSWORD));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me.body()).getString("email")).isEqualTo(SignIn.DEMO_CLIENT);
    }

    @Test
    void theAdminApiAnswers403ToAClientAnd200ToAnAdmin() throws Exception {
        HttpResponse<String> asClient = send(as(get("api/admin/users"), SignIn.DEMO_CLIENT, SignIn.DEMO_PASSWORD));
        HttpResponse<String> asAdmin = send(as(get("api/admin/users?q=demo"), SignIn.DEMO_ADMIN,
                SignIn.DEMO_PASSWORD));

        assertThat(asClient.statusCode()).isEqualTo(403);
        assertThat(json(asClient.body()).getInt("status")).isEqualTo(403);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains(SignIn.DEMO_CLIENT).doesNotContain("password");
    }

    @Test
    void aBuilderCannotEditAnotherBuildersProfile() throws Exception {
        long priya = builderId("Priya Raman");

        HttpResponse<String> response = send(as(put("api/builders/" + priya + "/profile", profileJson()),
                SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response.body()).getString("detail")).isEqualTo("You can only edit your own profile.");
        assertThat(send(get("api/builders?q=Priya")).body()).contains("Performance engineer for JVM services");
    }

    @Test
    void aBuilderCannotSwitchOffAnotherBuildersSessionType() throws Exception {
        JsonObject priya = builder("Priya Raman");
        long priyasType = priya.getJsonArray("sessionTypes").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> refused = send(as(put("api/me/session-types/" + priyasType + "/active",
                "{\"active\":false}"), SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD));
        HttpResponse<String> adasOwn = send(as(get("api/me/session-types"), SignIn.DEMO_BUILDER,
                SignIn.DEMO_PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused.body()).getString("detail")).isEqualTo("You can only change your own schedule.");
        assertThat(adasOwn.statusCode()).isEqualTo(200);
        assertThat(adasOwn.body()).doesNotContain("\"id\":" + priyasType + ",");
        assertThat(builder("Priya Raman").getJsonArray("sessionTypes")).hasSameSizeAs(priya.getJsonArray("sessionTypes"));
    }

    @Test
    void aClientCannotEditAnyProfile() throws Exception {
        long ada = builderId("Ada Okafor");

        HttpResponse<String> response = send(as(put("api/builders/" + ada + "/profile", profileJson()),
                SignIn.DEMO_CLIENT, SignIn.DEMO_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void malformedInputIsA400ProblemNotAStackTrace() throws Exception {
        long ada = builderId("Ada Okafor");

        HttpResponse<String> broken = send(as(put("api/builders/" + ada + "/profile", "{not json"),
                SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD));
        HttpResponse<String> badPaging = send(get("api/builders?limit=100000"));

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(badPaging.statusCode()).isEqualTo(400);
        assertThat(json(badPaging.body()).getString("detail")).contains("limit");
    }

    @Test
    void repeatedWrongPasswordsAreThrottledWithoutRevealingTheAccount() throws Exception {
        String email = "throttle-" + UUID.randomUUID() + "@example.com";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(send(as(get("api/me"), email, "wrong password " + attempt)).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = send(as(get("api/me"), email, "wrong password again"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(throttled.body()).getString("detail")).startsWith("Too many sign-in attempts.");
    }

    private JsonObject builder(String name) throws IOException, InterruptedException {
        HttpResponse<String> list = send(get("api/builders?q=" + name.replace(" ", "%20")));
        try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
            return reader.readArray().getJsonObject(0);
        }
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> page = send(get("login.xhtml"));

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = send(get(""));

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    private long builderId(String name) throws IOException, InterruptedException {
        HttpResponse<String> list = send(get("api/builders?q=" + name.replace(" ", "%20")));
        try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
            return reader.readArray().getJsonObject(0).getJsonNumber("id").longValue();
        }
    }

    private static String profileJson() {
        return """
                {"displayName":"Hijacked","headline":"Not mine","bio":"","expertise":[],
                 "timezone":"UTC","published":true}""";
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET();
    }

    private static HttpRequest.Builder put(String path, String body) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder as(HttpRequest.Builder request, String email, String password) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
