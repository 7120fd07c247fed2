package com.buildappswith.booking.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice read into a form: in the largest unit the form offers that measures it whole. */
class NoticeUnitTest {

    private static final NoticeUnit[] MINUTES_OR_HOURS = {NoticeUnit.MINUTES, NoticeUnit.HOURS};

    @Test
    void aNoticeReadsInTheLargestOfferedUnitThatMeasuresItWhole() {
        assertThat(NoticeUnit.largestFor(Duration.ofDays(2))).isEqualTo(NoticeUnit.DAYS);
        assertThat(NoticeUnit.largestFor(Duration.ofDays(2), MINUTES_OR_HOURS)).isEqualTo(NoticeUnit.HOURS);
        assertThat(NoticeUnit.largestFor(Duration.ofMinutes(90), MINUTES_OR_HOURS)).isEqualTo(NoticeUnit.MINUTES);
        assertThat(NoticeUnit.largestFor(Duration.ZERO)).isEqualTo(NoticeUnit.HOURS);
        assertThat(NoticeUnit.largestFor(Duration.ZERO, MINUTES_OR_HOURS)).isEqualTo(NoticeUnit.HOURS);
        assertThat(NoticeUnit.largestFor(Duration.ZERO, NoticeUnit.MINUTES)).isEqualTo(NoticeUnit.MINUTES);
    }

    @Test
    void whatIsReadIsWhatIsTypedBack() {
        for (long minutes : new long[] {0, 1, 59, 60, 90, 1440, 2880, 10080, 525600}) {
            Duration notice = Duration.ofMinutes(minutes);
            for (NoticeUnit[] among : new NoticeUnit[][] {NoticeUnit.values(), MINUTES_OR_HOURS}) {
                NoticeUnit unit = NoticeUnit.largestFor(notice, among);
                assertThat(unit.times(unit.amountOf(notice))).as(minutes + " minutes").isEqualTo(notice);
            }
        }
    }
}
