package com.buildappswith.booking.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The builder directory on {@code /}, as a person sees it. */
final class DirectoryPage {

    private final Browser browser;

    DirectoryPage(Browser browser) {
        this.browser = browser;
    }

    static DirectoryPage open(Browser browser) {
        browser.open("/");
        return new DirectoryPage(browser);
    }

    String title() {
        return browser.driver().getTitle();
    }

    List<String> builderNames() {
        return cards().stream().map(card -> card.findElement(By.cssSelector("a.builder-link")).getText()).toList();
    }

    String cardText(String builderName) {
        return card(builderName).getText();
    }

    /** Searches with the page's form, which asks for the directory's address with the search in it. */
    DirectoryPage search(String name, String expertise) {
        browser.driver().findElement(By.id("search-name")).sendKeys(name);
        browser.driver().findElement(By.id("search-expertise")).sendKeys(expertise);
        browser.clickAndWait(browser.driver().findElement(By.id("search-button")));
        return this;
    }

    BuilderProfilePage openBuilder(String builderName) {
        browser.clickAndWait(card(builderName).findElement(By.linkText(builderName)));
        return new BuilderProfilePage(browser);
    }

    private WebElement card(String builderName) {
        return cards().stream()
                .filter(card -> card.findElement(By.cssSelector("a.builder-link")).getText().equals(builderName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card for " + builderName + " in " + builderNames()));
    }

    private List<WebElement> cards() {
        return browser.driver().findElements(By.cssSelector("article.builder-card"));
    }
}
