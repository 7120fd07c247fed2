package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** The builder's session types page: the list of their types and the form to create or edit one. */
final class OwnSessionTypesPage {

    private final Browser browser;

    OwnSessionTypesPage(Browser browser) {
        this.browser = browser;
    }

    static OwnSessionTypesPage open(Browser browser) {
        browser.clickAndWait(browser.driver().findElement(By.linkText("Session types")));
        return new OwnSessionTypesPage(browser);
    }

    /** Fills the form for a paid type with the given rules; other fields keep their defaults. */
    void createPaid(String name, int minutes, String amount, String currency, int bufferBefore, int bufferAfter,
                    int noticeHours, int horizonDays, int stepMinutes, int maxPerDay) {
        browser.type("sessionType:name", name);
        browser.type("sessionType:description", "Non-default rules, created by a browser test.");
        browser.type("sessionType:duration", String.valueOf(minutes));
        browser.driver().findElement(By.cssSelector("#sessionType\\:free .ui-chkbox-box")).click();
        browser.type("sessionType:priceAmount", amount);
        browser.type("sessionType:priceCurrency", currency);
        browser.type("sessionType:bufferBefore", String.valueOf(bufferBefore));
        browser.type("sessionType:bufferAfter", String.valueOf(bufferAfter));
        browser.type("sessionType:notice", String.valueOf(noticeHours));
        browser.select("sessionType:noticeUnit", "hours");
        browser.type("sessionType:horizon", String.valueOf(horizonDays));
        browser.type("sessionType:step", String.valueOf(stepMinutes));
        browser.type("sessionType:maxPerDay", String.valueOf(maxPerDay));
        browser.click("sessionType:save");
    }

    /** Fills the form for a free type of {@code minutes} under the policy the menu names {@code policy}, and saves. */
    void createFree(String name, int minutes, String policy) {
        browser.type("sessionType:name", name);
        browser.type("sessionType:description", "A free type under a policy of its own, created by a browser test.");
        browser.type("sessionType:duration", String.valueOf(minutes));
        browser.select("sessionType:policy", policy);
        browser.click("sessionType:save");
    }

    /** The policies the form offers, as their menu names them. */
    List<String> policyChoices() {
        return new Select(browser.driver().findElement(By.id("sessionType:policy"))).getOptions().stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The terms in words of every policy a builder may choose, as the form lists them. */
    String policyTerms() {
        return browser.driver().findElement(By.id("policy-terms")).getText();
    }

    List<String> rows() {
        return browser.driver().findElements(By.cssSelector("[id='types:list'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The message shown beside one field of the form, or empty. */
    String messageBeside(String field) {
        return browser.driver().findElement(By.cssSelector("[id='sessionType:" + field + "'] ~ .ui-message"))
                .getText();
    }
}
