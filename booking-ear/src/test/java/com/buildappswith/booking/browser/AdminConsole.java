package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The admin console's tables and the question it asks before an action changes someone's account. */
final class AdminConsole {

    private static final By DIALOG = By.id("confirm-form:confirm");

    private AdminConsole() {
    }

    /** The row of the table {@code tableId} that shows {@code text}; fails the test if there is none. */
    static WebElement row(Browser browser, String tableId, String text) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(row -> row.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + tableId));
    }

    /** Waits for the confirmation the last click asked for, and gives its question. */
    static String question(Browser browser) {
        WebElement dialog = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        return dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
    }

    /** Answers Yes to an action that updates the page in place; follow with {@link Browser#waitForText}. */
    static void confirmInPlace(Browser browser) {
        question(browser);
        browser.clickInPlace("confirm-form:confirm-yes");
    }

    /** Answers No, and waits until the question is gone. */
    static void decline(Browser browser) {
        question(browser);
        browser.clickInPlace("confirm-form:confirm-no");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }
}
