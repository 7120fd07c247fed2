package com.buildappswith.booking.browser;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only public pages cost an anonymous visitor (or a crawler) no session: no {@code Set-Cookie} on any of
 * them, so nothing is kept on the server between their requests. A signed-in person's existing session is still
 * read, so their header shows them.
 */
class PublicPagesIT {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"", "?name=a&expertise=&page=1", "?expertise=JVM", "?page=2", "?page=x", "booking/",
            "booking/?name=priya"})
    void directoryGivesAnAnonymousVisitorNoCookie(String path) throws Exception {
        HttpResponse<String> page = get(path, null);

        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).as("Set-Cookie of GET /" + path).isEmpty();
        assertThat(page.body()).contains("builder-link").doesNotContain("jakarta.faces.ViewState");
    }

    @Test
    void builderPageGivesAnAnonymousVisitorNoCookie() throws Exception {
        String path = "builders/" + demoBuilderId("priya");
        HttpResponse<String> page = get(path, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).as("Set-Cookie of GET /" + path).isEmpty();
        assertThat(page.body()).contains("Priya Raman", "Office hours", "sign-in-link");
    }

    @Test
    void unknownBuilderIsNotFoundWithoutACookie() throws Exception {
        HttpResponse<String> page = get("builders/987654321", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void directoryTellsOfAPageThatIsNotThereAndShowsTheLast() throws Exception {
        HttpResponse<String> page = get("?page=9999", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There is no page 9999 of builders", "Priya Raman");
    }

    @Test
    void directoryTellsOfAPageThatIsNoNumber() throws Exception {
        HttpResponse<String> page = get("?page=x", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("is not a page of builders", "Priya Raman");
    }

    @Test
    void signedInPersonKeepsTheirSessionAndHeaderOnPublicPages() throws Exception {
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (SignIn.DEMO_CLIENT + ":" + SignIn.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        String session = me.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow()
                .split(";", 2)[0];

        for (String path : new String[] {"", "builders/" + demoBuilderId("priya"), "booking/"}) {
            HttpResponse<String> page = get(path, session);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("id=\"signed-in-as\"", "id=\"bell\"", "id=\"sign-out\"")
                    .doesNotContain("sign-in-link");
            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    private long demoBuilderId(String name) throws IOException, InterruptedException {
        HttpResponse<String> found = get("api/builders?q=" + name, null);
        try (JsonReader reader = Json.createReader(new StringReader(found.body()))) {
            return reader.readArray().getJsonObject(0).getJsonNumber("id").longValue();
        }
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
