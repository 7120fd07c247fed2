package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * The test mode's checkout ({@code /payments/test-checkout?session=...}), where a person chooses how the payment
 * they are testing ends: paid, card declined, or abandoned.
 */
final class TestCheckoutPage {

    private final Browser browser;

    private TestCheckoutPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * The checkout the browser was just sent to, or is back on after trying a card (the page's own address then);
     * fails unless it is the test checkout.
     */
    static TestCheckoutPage arrived(Browser browser) {
        if (!browser.path().matches("/payments/test-checkout(\\.xhtml)?")) {
            throw new AssertionError("expected the test checkout, not " + browser.driver().getCurrentUrl());
        }
        return new TestCheckoutPage(browser);
    }

    String banner() {
        return text("test-mode-banner");
    }

    String item() {
        return text("checkout-item");
    }

    String amount() {
        return text("checkout-amount");
    }

    /** Until when the slot is held, as the page words it, with its zone. */
    String holdUntil() {
        return text("checkout-hold-until");
    }

    /** Pays, and lands on the page the checkout returns to. */
    void pay() {
        browser.click("checkout:pay");
    }

    /** Tries a card that is declined; the checkout stays and says so. */
    void declineCard() {
        browser.click("checkout:decline");
    }

    /** Leaves the checkout without paying, and lands on the page that releases the slot. */
    void abandon() {
        browser.click("checkout:abandon");
    }

    String declinedNotice() {
        return text("card-declined");
    }

    /** Whether the buttons that end the checkout are offered (not once it has closed). */
    boolean offersPayment() {
        return !browser.driver().findElements(By.id("checkout:pay")).isEmpty();
    }

    private String text(String id) {
        List<WebElement> found = browser.driver().findElements(By.id(id));
        if (found.isEmpty()) {
            throw new AssertionError("no #" + id + " on the test checkout: " + browser.pageText());
        }
        return found.get(0).getText();
    }
}
