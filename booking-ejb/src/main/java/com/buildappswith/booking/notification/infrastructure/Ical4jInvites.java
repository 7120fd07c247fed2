package com.buildappswith.booking.notification.infrastructure;

import com.buildappswith.booking.notification.model.CalendarInvite;
import com.buildappswith.booking.notification.model.CalendarInvites;
import com.buildappswith.booking.notification.model.IcsMethod;
import com.buildappswith.booking.notification.model.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;

/**
 * Calendar invites written with ical4j: times in UTC (no VTIMEZONE to get wrong; every calendar shows them in its
 * own zone), the builder as organizer and the client as attendee, both by their email addresses.
 */
@ApplicationScoped
public class Ical4jInvites implements CalendarInvites {

    private static final ProdId PRODUCT = new ProdId("-//Builder Booking//Notices//EN");

    @Override
    public CalendarInvite request(Event event) {
        return write(IcsMethod.REQUEST, event, ImmutableStatus.VEVENT_CONFIRMED);
    }

    @Override
    public CalendarInvite cancel(Event event) {
        return write(IcsMethod.CANCEL, event, ImmutableStatus.VEVENT_CANCELLED);
    }

    private static CalendarInvite write(IcsMethod method, Event event, Status status) {
        VEvent vevent = new VEvent(event.start(), event.end(), event.summary());
        vevent.replace(new DtStamp(event.stamp()));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Description(event.description()));
        vevent.add(status);
        Organizer organizer = new Organizer(mailto(event.organizer()));
        organizer.add(new Cn(event.organizer().name()));
        vevent.add(organizer);
        Attendee attendee = new Attendee(mailto(event.attendee()));
        attendee.add(new Cn(event.attendee().name()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.ACCEPTED);
        vevent.add(attendee);
        Calendar calendar = new Calendar();
        calendar.add(PRODUCT);
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method == IcsMethod.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(vevent);
        return new CalendarInvite(method, calendar.toString());
    }

    private static URI mailto(Recipient recipient) {
        return URI.create("mailto:" + recipient.email());
    }
}
