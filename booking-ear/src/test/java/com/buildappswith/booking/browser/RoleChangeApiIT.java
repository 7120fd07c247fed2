package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin takes a role from someone who is signed in: the person's open session (its cookie, no credentials sent
 * again) is refused what needs the role at its very next request, and stays signed in for the rest.
 */
class RoleChangeApiIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private static final String PASSWORD = "a long enough password";

    private final HttpClient admin = HttpClient.newHttpClient();

    @Test
    void anAdminWhoLosesTheAdminRoleIsRefusedTheAdminApiAtTheirNextRequest() throws Exception {
        String email = "second-admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        new ApiClient().register(email, "Second admin", PASSWORD, "Europe/London");
        long account = accountId(email);
        assertThat(changeRoles(account, "[\"CLIENT\",\"ADMIN\"]").statusCode()).isEqualTo(200);
        HttpClient session = signedInSession(email, PASSWORD);
        assertThat(get(session, "api/admin/users?q=demo").statusCode()).as("as an admin").isEqualTo(200);

        HttpResponse<String> changed = changeRoles(account, "[\"CLIENT\"]");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(get(session, "api/admin/users?q=demo").statusCode()).as("after losing ADMIN").isEqualTo(403);
        assertThat(get(session, "api/me").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aBuilderWhoLosesTheBuilderRoleIsRefusedTheirScheduleAtTheirNextRequest() throws Exception {
        long ada = accountId(SignIn.DEMO_BUILDER);
        HttpClient session = signedInSession(SignIn.DEMO_BUILDER, SignIn.DEMO_PASSWORD);
        assertThat(get(session, "api/me/session-types").statusCode()).as("as a builder").isEqualTo(200);
        try {
            HttpResponse<String> changed = changeRoles(ada, "[\"CLIENT\"]");

            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            HttpResponse<String> refused = get(session, "api/me/session-types");
            assertThat(refused.statusCode()).as("after losing BUILDER").isEqualTo(403);
            assertThat(get(session, "api/me").statusCode()).as("still signed in").isEqualTo(200);
        } finally {
            assertThat(changeRoles(ada, "[\"CLIENT\",\"BUILDER\"]").statusCode()).isEqualTo(200);
        }
        assertThat(get(session, "api/me/session-types").statusCode()).as("BUILDER given back").isEqualTo(200);
    }

    @Test
    void rolesThatDoNotExistAreA400NamingThem() throws Exception {
        String email = "roles-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        new ApiClient().register(email, "Roles", PASSWORD, "Europe/London");

        HttpResponse<String> refused = changeRoles(accountId(email), "[\"OWNER\"]");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("'OWNER' is not a role");
    }

    /** Signs in once with HTTP Basic; the returned client then sends only the session's cookie. */
    private static HttpClient signedInSession(String email, String password) throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/me"))
                .header("Authorization", ApiClient.basic(email, password)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.headers().allValues("Set-Cookie")).as("a session cookie").isNotEmpty();
        return session;
    }

    private long accountId(String email) throws IOException, InterruptedException {
        HttpResponse<String> found = admin.send(asAdmin(HttpRequest.newBuilder(
                URI.create(BASE_URL + "api/admin/users?q=" + email))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(found.body()))) {
            JsonArray users = reader.readArray();
            assertThat(users).hasSize(1);
            return users.getJsonObject(0).getJsonNumber("id").longValue();
        }
    }

    private HttpResponse<String> changeRoles(long account, String roles) throws IOException, InterruptedException {
        return admin.send(asAdmin(HttpRequest.newBuilder(URI.create(BASE_URL + "api/admin/users/" + account
                        + "/roles")))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\":" + roles + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder asAdmin(HttpRequest.Builder request) {
        return request.header("Authorization", ApiClient.basic(SignIn.DEMO_ADMIN, SignIn.DEMO_PASSWORD));
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
