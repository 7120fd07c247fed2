package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The admin console's policies page: the list, the form to create or edit one, and the log of changes. */
final class PoliciesConsolePage {

    private final Browser browser;

    private PoliciesConsolePage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page through the console's navigation. */
    static PoliciesConsolePage open(Browser browser) {
        browser.open("/admin/users.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#admin-nav a[href*='policies']")));
        return new PoliciesConsolePage(browser);
    }

    /**
     * Fills the form with whole-hour notices and exactly one refund tier (the row the form shows first), and saves;
     * follow with {@link #message}.
     */
    void fill(String name, int freeHours, int tierHours, int tierPercent, int moveHours, int moves,
              boolean published) {
        browser.type("policy:name", name);
        browser.type("policy:freeNotice", String.valueOf(freeHours));
        browser.select("policy:freeNoticeUnit", "hours");
        browser.type("policy:tier:0:tierNotice", String.valueOf(tierHours));
        browser.select("policy:tier:0:tierUnit", "hours");
        browser.type("policy:tier:0:tierPercent", String.valueOf(tierPercent));
        browser.type("policy:rescheduleNotice", String.valueOf(moveHours));
        browser.select("policy:rescheduleUnit", "hours");
        browser.type("policy:maxReschedules", String.valueOf(moves));
        WebElement box = browser.driver().findElement(By.cssSelector("#policy\\:published .ui-chkbox-box"));
        if (box.getAttribute("class").contains("ui-state-active") != published) {
            box.click();
        }
    }

    /** Saves the form and waits for the form to answer. */
    void save() {
        WebElement form = browser.driver().findElement(By.id("policy"));
        browser.clickInPlace("policy:save");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
    }

    /** What the form says after a save: a confirmation or why not. */
    String message() {
        return browser.driver().findElement(By.id("policy:errors")).getText();
    }

    /** Loads the policy in the list's row that shows {@code name} into the form. */
    void edit(String name) {
        AdminConsole.row(browser, "policies:list", name).findElement(By.cssSelector("button.edit-policy")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions
                .textToBe(By.id("policy-form-heading"), "Edit " + name));
    }

    /** Makes the policy in the row showing {@code name} the site default, answering the question with Yes. */
    String makeSiteDefault(String name) {
        AdminConsole.row(browser, "policies:list", name).findElement(By.cssSelector("button.make-default")).click();
        String question = AdminConsole.question(browser);
        AdminConsole.confirmInPlace(browser);
        browser.waitForText("is now the site default");
        return question;
    }

    /** The row of the list that shows {@code name}, as text. */
    String row(String name) {
        return AdminConsole.row(browser, "policies:list", name).getText();
    }

    /** The rows of the log of changes, newest first, as text. */
    List<String> changes() {
        return browser.driver().findElements(By.cssSelector("[id='audit:entries'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
