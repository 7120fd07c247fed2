package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The bell in the header of every page and the {@code /notifications} list it opens. */
final class NotificationsPage {

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

    List<WebElement> items() {
        return browser.driver().findElements(By.cssSelector("#notification-list li.notification"));
    }

    /** The newest notification's text and state. */
    String newest() {
        return items().get(0).getText();
    }

    /** Opens the newest notification's booking. */
    void openNewest() {
        browser.clickAndWait(items().get(0).findElement(By.cssSelector("input.open-notification")));
    }

    /** Marks the {@code index}-th notification (0 the newest) read without opening it. */
    void markRead(int index) {
        browser.clickAndWait(items().get(index).findElement(By.cssSelector("input.mark-read")));
    }

    void markAllRead() {
        browser.click("notifications:mark-all-read");
    }
}
