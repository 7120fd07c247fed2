package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.function.Supplier;

/**
 * The bell in the header of every page and the {@code /notifications} list it opens. The list is redrawn once the
 * page has detected the browser's zone, possibly under a test's hand: every read and click finds its element afresh
 * and tries again when the list was redrawn in between.
 */
final class NotificationsPage {

    private static final int TRIES = 5;

    private final Browser browser;

    private NotificationsPage(Browser browser) {
        this.browser = browser;
    }

    /** The unread count on the bell of the page shown now: 0 when the bell has no badge. */
    static int bellCount(Browser browser) {
        List<WebElement> badge = browser.driver().findElements(By.id("bell-count"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().replace("+", ""));
    }

    /** Opens the list through the bell, as a person does. */
    static NotificationsPage throughTheBell(Browser browser) {
        browser.clickAndWait(browser.driver().findElement(By.id("bell")));
        return new NotificationsPage(browser);
    }

    /** The text of each notification shown, newest first. */
    List<String> items() {
        return fresh(() -> browser.driver().findElements(By.cssSelector("#notification-list li.notification"))
                .stream().map(WebElement::getText).toList());
    }

    /** The newest notification's text and state. */
    String newest() {
        return items().get(0);
    }

    /** Opens the newest notification's booking. */
    void openNewest() {
        clickIn(0, "input.open-notification");
    }

    /** Marks the {@code index}-th notification (0 the newest) read without opening it. */
    void markRead(int index) {
        clickIn(index, "input.mark-read");
    }

    void markAllRead() {
        fresh(() -> {
            browser.click("notifications:mark-all-read");
            return null;
        });
    }

    private void clickIn(int index, String button) {
        fresh(() -> {
            browser.clickAndWait(browser.driver().findElements(By.cssSelector("#notification-list li.notification"))
                    .get(index).findElement(By.cssSelector(button)));
            return null;
        });
    }

    private static <T> T fresh(Supplier<T> action) {
        for (int tried = 1; ; tried++) {
            try {
                return action.get();
            } catch (StaleElementReferenceException e) {
                if (tried == TRIES) {
                    throw e;
                }
            }
        }
    }
}
