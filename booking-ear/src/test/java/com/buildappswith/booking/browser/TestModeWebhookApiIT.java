package com.buildappswith.booking.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** In the offline test mode (no Stripe settings) Stripe's webhook does not exist, however well an event is signed. */
@Tag("test-mode")
class TestModeWebhookApiIT {

    @Test
    void theStripeWebhookIsNotFoundInTestMode() {
        StripeStub stripe = new StripeStub();
        String event = StripeStub.sessionEvent("checkout.session.completed", "cs_test_any", 1, "paid", "pi_test_any");

        HttpResponse<String> answer = stripe.deliver(event);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
