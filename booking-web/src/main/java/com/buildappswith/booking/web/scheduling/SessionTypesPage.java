package com.buildappswith.booking.web.scheduling;

import com.buildappswith.booking.policy.application.Policies;
import com.buildappswith.booking.policy.application.PolicyView;
import com.buildappswith.booking.scheduling.application.InvalidScheduleException;
import com.buildappswith.booking.scheduling.application.OwnSessionTypeView;
import com.buildappswith.booking.scheduling.application.OwnSessionTypes;
import com.buildappswith.booking.shared.AccessDeniedException;
import com.buildappswith.booking.shared.InvalidAmountException;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.NoticeUnit;
import com.buildappswith.booking.web.policy.PolicyWords;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A builder lists their own session types and creates or edits one at a time in the form below the list, choosing
 * for each the cancellation policy its bookings get: the site default or one of the published policies.
 */
@Named
@ViewScoped
public class SessionTypesPage implements Serializable {

    @Inject
    private OwnSessionTypes ownSessionTypes;

    @Inject
    private Policies policies;

    private List<OwnSessionTypeView> types;

    private List<PolicyView> published;

    @Valid
    private SessionTypeForm form;

    public void load() {
        if (types == null) {
            types = ownSessionTypes.sessionTypes();
            published = policies.published();
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

    /** The policies a type may be given, by name; the site default among them. */
    public List<PolicyView> getPublishedPolicies() {
        return published;
    }

    /** The policy session types without their own get: "Site default (Standard)". */
    public String getSiteDefaultLabel() {
        return "Site default (" + published.stream().filter(PolicyView::siteDefault).map(PolicyView::name)
                .findFirst().orElse("none published") + ")";
    }

    /**
     * The form's choice of policy: the site default (no value), the published policies by name, and a policy the
     * form's type keeps that is no longer published: it stays chosen (its bookings get the site default meanwhile)
     * until the builder chooses another.
     */
    public List<SelectItem> getPolicyChoices() {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem(null, getSiteDefaultLabel()));
        Long chosen = form.getPolicyId();
        if (chosen != null && published.stream().noneMatch(policy -> policy.id() == chosen)) {
            choices.add(new SelectItem(chosen, "A policy no longer offered (bookings get the site default)"));
        }
        published.forEach(policy -> choices.add(new SelectItem(policy.id(), policy.name())));
        return choices;
    }

    /** A type's policy as the list shows it: its name, or the site default's. */
    public String policyOf(OwnSessionTypeView type) {
        Optional<PolicyView> own = type.policyId()
                .flatMap(id -> published.stream().filter(policy -> policy.id() == id).findFirst());
        if (type.policyId().isPresent() && own.isEmpty()) {
            return "No longer offered: bookings get the s" + getSiteDefaultLabel().substring(1);
        }
        return own.map(PolicyView::name).orElse(getSiteDefaultLabel());
    }

    public String words(PolicyView policy) {
        return PolicyWords.terms(policy.terms());
    }

    public NoticeUnit[] getNoticeUnits() {
        return SessionTypeForm.NOTICE_UNITS.clone();
    }
}
