package com.buildappswith.booking.web.cache;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class PublicAnswerTest {

    @Test
    void theDirectoryIsOneAnswerPerSearchAndPageHoweverTheParametersAreOrdered() {
        Optional<PublicAnswer> one = PublicAnswer.of(page("/index.xhtml", params("page", "2", "name", "ada")));
        Optional<PublicAnswer> other = PublicAnswer.of(page("/index.xhtml", params("name", "ada", "page", "2")));
        Optional<PublicAnswer> nextPage = PublicAnswer.of(page("/index.xhtml", params("name", "ada", "page", "3")));

        assertThat(one).map(PublicAnswer::kind).contains(PublicAnswer.Kind.DIRECTORY);
        assertThat(one).map(PublicAnswer::builderId).contains(0L);
        assertThat(one.orElseThrow().key()).isEqualTo(other.orElseThrow().key())
                .isNotEqualTo(nextPage.orElseThrow().key());
    }

    @Test
    void parametersCannotBeMadeToLookLikeOthers() {
        Optional<PublicAnswer> joined = PublicAnswer.of(page("/index.xhtml", params("name", "a&page=2")));
        Optional<PublicAnswer> apart = PublicAnswer.of(page("/index.xhtml", params("name", "a", "page", "2")));

        assertThat(joined.orElseThrow().key()).isNotEqualTo(apart.orElseThrow().key());
    }

    @Test
    void aBuildersPageIsKeyedOnTheBuilder() {
        Optional<PublicAnswer> answer = PublicAnswer.of(page("/builder.xhtml", params("id", "600007")));

        assertThat(answer).map(PublicAnswer::kind).contains(PublicAnswer.Kind.BUILDER_PAGE);
        assertThat(answer).map(PublicAnswer::builderId).contains(600_007L);
    }

    @Test
    void aBuildersPageWithoutAUsableIdIsRenderedEachTime() {
        assertThat(PublicAnswer.of(page("/builder.xhtml", params()))).isEmpty();
        assertThat(PublicAnswer.of(page("/builder.xhtml", params("id", "x")))).isEmpty();
        assertThat(PublicAnswer.of(page("/builder.xhtml", params("id", "1234567890123456789")))).isEmpty();
    }

    @Test
    void pagesOfASessionOrWithAFlashMessageAreRenderedForIt() {
        Map<String, String[]> none = params();

        assertThat(PublicAnswer.of(new PublicAnswer.Request("GET", "/index.xhtml", "/", () -> none, true, false)))
                .isEmpty();
        assertThat(PublicAnswer.of(new PublicAnswer.Request("GET", "/index.xhtml", "/", () -> none, false, true)))
                .isEmpty();
    }

    @Test
    void onlyReadingIsAnswered() {
        assertThat(PublicAnswer.of(new PublicAnswer.Request("POST", "/index.xhtml", "/", PublicAnswerTest::params, false, false)))
                .isEmpty();
        assertThat(PublicAnswer.of(new PublicAnswer.Request("HEAD", "/index.xhtml", "/", PublicAnswerTest::params, false, false)))
                .isEmpty();
    }

    @Test
    void otherPagesAreNeverAnswered() {
        assertThat(PublicAnswer.of(page("/booking/start.xhtml", params()))).isEmpty();
        assertThat(PublicAnswer.of(page("/login.xhtml", params()))).isEmpty();
        assertThat(PublicAnswer.of(new PublicAnswer.Request("GET", "", "/api/builders/7", PublicAnswerTest::params, false, false)))
                .isEmpty();
    }

    @Test
    void slotsAreTheSameForEveryoneAndKeyedOnBuilderTypeDatesAndZone() {
        Map<String, String[]> berlin = params("sessionType", "7", "from", "2026-12-02", "to", "2026-12-31",
                "tz", "Europe/Berlin");
        Map<String, String[]> kolkata = params("sessionType", "7", "from", "2026-12-02", "to", "2026-12-31",
                "tz", "Asia/Kolkata");

        Optional<PublicAnswer> anonymous = PublicAnswer.of(
                new PublicAnswer.Request("GET", "", "/api/builders/7/slots", () -> berlin, false, false));
        Optional<PublicAnswer> signedIn = PublicAnswer.of(
                new PublicAnswer.Request("GET", "", "/api/builders/7/slots", () -> berlin, true, true));
        Optional<PublicAnswer> elsewhere = PublicAnswer.of(
                new PublicAnswer.Request("GET", "", "/api/builders/7/slots", () -> kolkata, false, false));

        assertThat(anonymous).map(PublicAnswer::kind).contains(PublicAnswer.Kind.SLOTS);
        assertThat(anonymous).map(PublicAnswer::builderId).contains(7L);
        assertThat(signedIn.orElseThrow().key()).isEqualTo(anonymous.orElseThrow().key())
                .isNotEqualTo(elsewhere.orElseThrow().key());
    }

    @Test
    void theParametersOfARequestThatIsNotRememberedAreNeverRead() {
        Supplier<Map<String, String[]>> unread = () -> {
            throw new AssertionError("parameters read");
        };

        assertThat(PublicAnswer.of(new PublicAnswer.Request("POST", "/register.xhtml", "/register", unread, true,
                false))).isEmpty();
        assertThat(PublicAnswer.of(new PublicAnswer.Request("POST", "/index.xhtml", "/", unread, false, false)))
                .isEmpty();
        assertThat(PublicAnswer.of(new PublicAnswer.Request("GET", "/builder.xhtml", "/builders/7", unread, true,
                false))).isEmpty();
        assertThat(PublicAnswer.of(new PublicAnswer.Request("GET", "/index.xhtml", "/", unread, false, true)))
                .isEmpty();
        assertThat(PublicAnswer.of(new PublicAnswer.Request("GET", "/builder/availability.xhtml",
                "/builder/availability", unread, false, false))).isEmpty();
    }

    @Test
    void anInventedLongQueryIsAnsweredButNotRemembered() {
        assertThat(PublicAnswer.of(page("/index.xhtml", params("name", "x".repeat(PublicAnswer.LONGEST_KEY)))))
                .isEmpty();
    }

    @Test
    void onlyAWhole200ThatSetNoCookieIsRemembered() {
        assertThat(PublicAnswer.rememberable(200, false, "text/html;charset=UTF-8")).isTrue();
        assertThat(PublicAnswer.rememberable(200, true, "text/html;charset=UTF-8")).isFalse();
        assertThat(PublicAnswer.rememberable(404, false, "text/html;charset=UTF-8")).isFalse();
        assertThat(PublicAnswer.rememberable(200, false, null)).isFalse();
    }

    private static PublicAnswer.Request page(String servletPath, Map<String, String[]> parameters) {
        return new PublicAnswer.Request("GET", servletPath, servletPath, () -> parameters, false, false);
    }

    private static Map<String, String[]> params(String... namesAndValues) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
        }
        return parameters;
    }
}
