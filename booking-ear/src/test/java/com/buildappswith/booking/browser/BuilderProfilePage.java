package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;

/** A builder's public page: profile and the sessions on offer. */
final class BuilderProfilePage {

    private final Browser browser;

    BuilderProfilePage(Browser browser) {
        this.browser = browser;
    }

    String currentPath() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    String name() {
        return browser.driver().findElement(By.id("builder-name")).getText();
    }

    String profileText() {
        return browser.driver().findElement(By.cssSelector("article.profile")).getText();
    }

    List<String> sessionRows() {
        return browser.driver().findElements(By.cssSelector("#session-types tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    DirectoryPage backToAllBuilders() {
        browser.clickAndWait(browser.driver().findElement(By.linkText("← All builders")));
        return new DirectoryPage(browser);
    }
}
