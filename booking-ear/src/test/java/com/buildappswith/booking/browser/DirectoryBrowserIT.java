package com.buildappswith.booking.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor browses the demo builders and opens one: what they see, in a real browser. */
@ExtendWith(Browser.class)
class DirectoryBrowserIT {

    @Test
    void visitorBrowsesBuildersAndOpensOne(Browser browser) {
        DirectoryPage directory = DirectoryPage.open(browser);
        browser.screenshot("directory");

        assertThat(directory.title()).contains("Builders");
        assertThat(browser.driver().findElements(By.id("sign-in-link"))).as("an anonymous visitor is offered sign-in")
                .isNotEmpty();
        assertThat(browser.driver().findElements(By.id("sign-out"))).isEmpty();
        assertThat(directory.builderNames())
                .contains("Ada Okafor", "Priya Raman", "Liam Walsh", "Mei Tanaka", "Sam Hughes", "Carlos Mendes");
        assertThat(directory.cardText("Priya Raman"))
                .contains("Performance engineer for JVM services", "JVM", "Asia/Kolkata");

        BuilderProfilePage profile = directory.openBuilder("Priya Raman");
        browser.screenshot("builder-profile");

        assertThat(profile.currentPath()).matches("/builders/\\d+");
        assertThat(profile.name()).isEqualTo("Priya Raman");
        assertThat(profile.profileText()).contains("Works in Asia/Kolkata", "I find the slow parts");
        assertThat(profile.sessionRows()).hasSize(2)
                .anySatisfy(row -> assertThat(row).contains("Office hours", "30 min", "Free"))
                .anySatisfy(row -> assertThat(row).contains("Profiling session", "45 min", "INR 4000.00"));

        assertThat(profile.backToAllBuilders().builderNames()).contains("Priya Raman");
        assertThat(browser.driver().manage().getCookies()).as("the public pages give an anonymous visitor no cookie")
                .isEmpty();
    }

    @Test
    void searchIsAnAddressToBookmark(Browser browser) {
        DirectoryPage found = DirectoryPage.open(browser).search("", "JVM");
        browser.screenshot("directory-search");

        assertThat(browser.driver().getCurrentUrl()).contains("expertise=JVM");
        assertThat(found.builderNames()).contains("Priya Raman").doesNotContain("Ada Okafor", "Liam Walsh");
        assertThat(browser.driver().manage().getCookies()).isEmpty();
    }

    @Test
    void unknownBuilderShowsNotFound(Browser browser) {
        browser.open("/builders/987654321");
        browser.screenshot("builder-not-found");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    }
}
