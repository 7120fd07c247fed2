package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The admin console's limits page: the five limits, where they come from, and the log of changes. */
final class LimitsConsolePage {

    private final Browser browser;

    private LimitsConsolePage(Browser browser) {
        this.browser = browser;
    }

    static LimitsConsolePage open(Browser browser) {
        browser.open("/admin/users.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#admin-nav a[href*='limits']")));
        return new LimitsConsolePage(browser);
    }

    /** The number in the field {@code limits:<field>}. */
    int value(String field) {
        return Integer.parseInt(browser.driver().findElement(By.id("limits:" + field)).getAttribute("value"));
    }

    void set(String field, int value) {
        browser.type("limits:" + field, String.valueOf(value));
    }

    /** Saves and waits for the form to answer; the answer. */
    String save() {
        WebElement form = browser.driver().findElement(By.id("limits"));
        browser.clickInPlace("limits:save");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
        return browser.driver().findElement(By.id("limits:errors")).getText();
    }

    /** What the page says of where the limits come from. */
    String source() {
        return browser.driver().findElement(By.id("limits-source")).getText();
    }

    List<String> changes() {
        return browser.driver().findElements(By.cssSelector("[id='audit:entries'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
