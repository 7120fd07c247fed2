package com.buildappswith.booking.browser;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;
import com.stripe.net.Webhook;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Stripe as the deployed application meets it in the build: the stub it sends its requests to (what reached "Stripe"),
 * and the webhook deliveries "Stripe" sends back, signed with the test server's webhook secret exactly as Stripe signs
 * them ({@code t=<unix>,v1=<HMAC-SHA256(secret, t.payload)>}).
 */
final class StripeStub {

    private static final String BASE_URL = System.getProperty("booking.baseUrl", "http://localhost:8080/");
    static final String WEBHOOK = "api/payments/stripe/webhook";

    private final URI stubUrl = URI.create(System.getProperty("booking.stripe.stubUrl", "http://127.0.0.1:18089"));
    private final String secret = System.getProperty("booking.stripe.webhookSecret", "whsec_booking_it_stub_secret");
    private final WireMock stub = new WireMock(stubUrl.getHost(), stubUrl.getPort());
    private final HttpClient http = HttpClient.newHttpClient();

    String url() {
        return stubUrl.toString();
    }

    /** The form fields of every Checkout Session the application asked the stub for, for one booking. */
    List<Request> checkoutsOpenedFor(long bookingId) {
        return requests("/v1/checkout/sessions", "client_reference_id", Long.toString(bookingId));
    }

    /** The refunds the application asked for, of one payment. */
    List<Request> refundsOf(String paymentIntentId) {
        return requests("/v1/refunds", "payment_intent", paymentIntentId);
    }

    private List<Request> requests(String url, String field, String value) {
        return stub.find(postRequestedFor(urlEqualTo(url))).stream()
                .map(Request::of)
                .filter(request -> value.equals(request.form().get(field)))
                .toList();
    }

    /** One request as it reached the stub: its idempotency key and its decoded form fields. */
    record Request(String idempotencyKey, Map<String, String> form) {

        static Request of(LoggedRequest logged) {
            return new Request(logged.getHeader("Idempotency-Key"), Arrays.stream(logged.getBodyAsString().split("&"))
                    .map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                            (first, second) -> second)));
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }

    /** A new event about one checkout session, in the shape Stripe sends, in the library's pinned API version. */
    static String sessionEvent(String type, String sessionId, long bookingId, String paymentStatus,
                               String paymentIntentId) {
        return """
                {
                  "id": "evt_it_%s",
                  "object": "event",
                  "api_version": "%s",
                  "created": %d,
                  "data": {"object": {
                    "id": "%s", "object": "checkout.session", "mode": "payment", "livemode": false,
                    "client_reference_id": "%d", "metadata": {"booking_id": "%d"},
                    "amount_total": 11000, "currency": "gbp",
                    "payment_status": "%s", "status": "%s", "payment_intent": %s
                  }},
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "%s"
                }""".formatted(UUID.randomUUID().toString().replace("-", ""), Stripe.API_VERSION,
                Instant.now().getEpochSecond(), sessionId, bookingId, bookingId, paymentStatus,
                type.endsWith("expired") ? "expired" : "complete",
                paymentIntentId == null ? "null" : "\"" + paymentIntentId + "\"", type);
    }

    /** {@code Stripe-Signature} for {@code payload} signed now with the test server's secret. */
    String signature(String payload) {
        return signature(payload, secret, Instant.now().getEpochSecond());
    }

    static String signature(String payload, String secret, long timestamp) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, secret, timestamp);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Delivers {@code payload} signed as Stripe would. */
    HttpResponse<String> deliver(String payload) {
        return deliver(payload, signature(payload));
    }

    /** Delivers {@code payload} with the given {@code Stripe-Signature} header (none when null). */
    HttpResponse<String> deliver(String payload, String signatureHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + WEBHOOK))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signatureHeader != null) {
            request.header("Stripe-Signature", signatureHeader);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
