package com.buildappswith.booking.web;

import com.buildappswith.booking.shared.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The page of a dashboard list asked for in the address: anything but a page there is told, never a failure. */
class ListPagerTest {

    private final ListPager pager = new ListPager("upcoming sessions", 20);

    @Test
    void aPageNumberFromTheAddressGivesItsOffset() {
        assertThat(pager.request("3")).isEmpty();
        assertThat(pager.getNumber()).isEqualTo(3);
        assertThat(pager.offset()).isEqualTo(40);
        assertThat(pager.read(page(45))).isEmpty();
        assertThat(pager.getPageCount()).isEqualTo(3);
        assertThat(pager.isHasPrevious()).isTrue();
        assertThat(pager.isHasNext()).isFalse();
    }

    @Test
    void noPageAskedForIsTheFirst() {
        assertThat(pager.request(null)).isEmpty();
        assertThat(pager.request(" ")).isEmpty();
        assertThat(pager.offset()).isZero();
        assertThat(pager.read(page(0))).isEmpty();
        assertThat(pager.isPaged()).isFalse();
    }

    @Test
    void whatIsNoPageNumberIsToldAndTheFirstPageShown() {
        for (String bad : new String[] {"0", "-2", "two", "1.5", "100001", "99999999999999999999"}) {
            assertThat(pager.request(bad)).as(bad).hasValueSatisfying(message -> assertThat(message)
                    .endsWith("is not a page of upcoming sessions: pages are numbered from 1. Showing the first page."));
            assertThat(pager.getNumber()).isEqualTo(1);
        }
        assertThat(pager.request("x".repeat(100))).hasValueSatisfying(message -> assertThat(message)
                .startsWith("\"" + "x".repeat(20) + "...\""));
    }

    @Test
    void aPagePastTheLastIsToldAndTheLastShown() {
        pager.request("7");

        assertThat(pager.read(page(21))).contains("There is no page 7 of upcoming sessions: there are 2. Showing the "
                + "last page.");
        assertThat(pager.getNumber()).isEqualTo(2);
        assertThat(pager.offset()).isEqualTo(20);
        pager.request("2");
        assertThat(pager.read(page(3))).contains("There is no page 2 of upcoming sessions: there is 1. Showing the "
                + "last page.");
    }

    private static Page<String> page(long total) {
        return new Page<>(List.of(), total, 0, 20);
    }
}
