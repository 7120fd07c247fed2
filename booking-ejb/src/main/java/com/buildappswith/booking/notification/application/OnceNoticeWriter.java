package com.buildappswith.booking.notification.application;

import com.buildappswith.booking.notification.model.NoticeKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** The jobs' once-per-start notices, in the job's own transaction (see {@link OnceNotices}). */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OnceNoticeWriter implements OnceNotices {

    @Inject
    private BookingNoticeWriter writer;

    @Override
    public boolean writeOnce(long bookingId, NoticeKind kind, Instant startsAt) {
        return writer.writeOnce(bookingId, kind, startsAt);
    }

    @Override
    public int writeEachOnce(List<Once> due) {
        return writer.writeEachOnce(due);
    }
}
