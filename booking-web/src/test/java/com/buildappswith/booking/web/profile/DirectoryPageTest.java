package com.buildappswith.booking.web.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryPageTest {

    @Test
    void pageLinkOfAnUnfilteredDirectoryCarriesOnlyThePage() {
        assertThat(DirectoryPage.pageQuery("", "", 3)).isEqualTo("?page=3");
    }

    @Test
    void pageLinkKeepsTheSearchEncodedForAnAddress() {
        assertThat(DirectoryPage.pageQuery("Ada O'Neil & co", "c++", 2))
                .isEqualTo("?name=Ada+O%27Neil+%26+co&expertise=c%2B%2B&page=2");
    }

    @Test
    void pageLinkLeavesOutAnEmptyName() {
        assertThat(DirectoryPage.pageQuery("", "java", 1)).isEqualTo("?expertise=java&page=1");
    }
}
