package com.buildappswith.booking.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test checkout's form driven over plain HTTP, as a browser submits it: its page fetched, then one of its buttons
 * posted with the page's view state. For tests that time the round trip, or pay while a browser watches elsewhere.
 */
final class TestCheckoutForm {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"checkout\"[^>]*action=\"([^\"]+)\"");

    private TestCheckoutForm() {
    }

    /**
     * Opens the checkout at {@code checkoutUrl} with {@code http} and presses Pay; the answer: the redirect to the
     * page the checkout leads to, or that page when the client follows redirects.
     */
    static HttpResponse<String> pay(HttpClient http, URI checkoutUrl) throws IOException, InterruptedException {
        HttpResponse<String> checkout = http.send(HttpRequest.newBuilder(checkoutUrl).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(checkout.statusCode()).as(checkout.body()).isEqualTo(200);
        return http.send(HttpRequest.newBuilder(checkoutUrl.resolve(
                        match(FORM_ACTION, checkout.body()).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("checkout", "checkout", "checkout:pay", "",
                        "jakarta.faces.ViewState", match(VIEW_STATE, checkout.body())))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String match(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in %s", pattern, html).isTrue();
        return matcher.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
