package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.scheduling.application.InvalidScheduleException;
import com.buildappswith.booking.scheduling.application.OwnSessionTypeView;
import com.buildappswith.booking.scheduling.application.OwnSessionTypes;
import com.buildappswith.booking.shared.AccessDeniedException;
import com.buildappswith.booking.shared.InvalidAmountException;
import com.buildappswith.booking.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;

import java.io.Serializable;
import java.util.List;

/** A builder lists their own session types and creates or edits one at a time in the form below the list. */
@Named
@ViewScoped
public class SessionTypesPage implements Serializable {

    @Inject
    private OwnSessionTypes ownSessionTypes;

    private List<OwnSessionTypeView> types;

    @Valid
    private SessionTypeForm form;

    public void load() {
        if (types == null) {
            types = ownSessionTypes.sessionTypes();
            form = SessionTypeForm.blank();
        }
    }

    public void edit(OwnSessionTypeView type) {
        form = SessionTypeForm.of(type);
    }

    public void startNew() {
        form = SessionTypeForm.blank();
    }

    public void save() {
        try {
            OwnSessionTypeView saved = form.isNew() ? ownSessionTypes.offer(form.draft())
                    : ownSessionTypes.revise(form.getId(), form.draft());
            types = ownSessionTypes.sessionTypes();
            form = SessionTypeForm.blank();
            Messages.info("Saved \"" + saved.name() + "\"." + (saved.active() ? "" : " It is inactive: clients "
                    + "cannot book it."));
        } catch (IllegalArgumentException | InvalidScheduleException | InvalidAmountException
                 | AccessDeniedException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public List<OwnSessionTypeView> getTypes() {
        return types;
    }

    public SessionTypeForm getForm() {
        return form;
    }

    public SessionTypeForm.NoticeUnit[] getNoticeUnits() {
        return SessionTypeForm.NoticeUnit.values();
    }
}
