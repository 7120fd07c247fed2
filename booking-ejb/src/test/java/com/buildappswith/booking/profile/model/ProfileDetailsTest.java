package com.buildappswith.booking.profile.model;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileDetailsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void stripsTextAndDropsEmptyAndRepeatedTags() {
        ProfileDetails details = new ProfileDetails("  Ada ", " Architect ", null,
                ProfileDetails.parseTags("Java, , java, Jakarta EE ,"), LONDON, Optional.of("  "));

        assertThat(details.displayName()).isEqualTo("Ada");
        assertThat(details.bio()).isEmpty();
        assertThat(details.expertise()).containsExactly("Java", "Jakarta EE");
        assertThat(details.avatarUrl()).isEmpty();
    }

    @Test
    void keepsMarkupAsTextForThePagesToEscape() {
        ProfileDetails details = new ProfileDetails("<b>Ada</b>", "<script>alert(1)</script>", "a\nb",
                List.of(), LONDON, Optional.empty());

        assertThat(details.headline()).isEqualTo("<script>alert(1)</script>");
        assertThat(details.bio()).isEqualTo("a\nb");
    }

    @Test
    void acceptsOnlyHttpsAvatars() {
        assertThat(new ProfileDetails("Ada", "Architect", "", List.of(), LONDON,
                Optional.of("https://example.com/ada.png")).avatarUrl()).contains("https://example.com/ada.png");
        assertThatThrownBy(() -> new ProfileDetails("Ada", "Architect", "", List.of(), LONDON,
                Optional.of("javascript:alert(1)")))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessage("The avatar must be an https:// address of an image.");
    }

    @Test
    void refusesMissingAndOverlongFields() {
        assertThatThrownBy(() -> new ProfileDetails(" ", "Architect", "", List.of(), LONDON, Optional.empty()))
                .hasMessage("Display name is required.");
        assertThatThrownBy(() -> new ProfileDetails("Ada", "x".repeat(161), "", List.of(), LONDON,
                Optional.empty()))
                .hasMessage("Headline must be at most 160 characters.");
        assertThatThrownBy(() -> new ProfileDetails("Ada", "Architect", "", List.of(), null, Optional.empty()))
                .hasMessage("Choose a timezone from the list.");
    }

    @Test
    void allowsAtMostTenTags() {
        List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(n -> "tag" + n).toList();

        assertThatThrownBy(() -> new ProfileDetails("Ada", "Architect", "", eleven, LONDON, Optional.empty()))
                .hasMessage("At most 10 expertise tags, please.");
    }
}
