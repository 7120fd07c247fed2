package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.policy.application.AdminAudit;
import com.buildappswith.booking.policy.application.Policies;
import com.buildappswith.booking.policy.application.PolicyView;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.web.Messages;
import com.buildappswith.booking.web.NoticeUnit;
import com.buildappswith.booking.web.policy.PolicyWords;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;

import java.io.Serializable;
import java.util.List;

/**
 * Admins list the cancellation policies, create and edit one at a time in the form below the list, publish them
 * for builders, and choose the site default; the changes made here are listed beneath. An edit names the version
 * it was read at, so an admin whose colleague saved first is told so instead of overwriting them.
 */
@Named
@ViewScoped
public class PoliciesPage implements Serializable {

    @Inject
    private Policies policies;

    @Inject
    private AdminAudit audit;

    private List<PolicyView> all;

    @Valid
    private PolicyForm form = PolicyForm.blank();

    private AuditTrail trail;

    @PostConstruct
    void init() {
        trail = new AuditTrail(audit, AuditArea.POLICY);
    }

    public List<PolicyView> getPolicies() {
        if (all == null) {
            all = policies.all();
        }
        return all;
    }

    /** The policy in the clicked row, read again now, into the form. */
    public void edit(String policyId) {
        AdminActions.onId(policyId, id -> {
            all = policies.all();
            all.stream().filter(policy -> policy.id() == id).findFirst().ifPresentOrElse(
                    policy -> form = PolicyForm.of(policy),
                    () -> Messages.error(null, "That policy is no longer listed. Look at the list again."));
        });
    }

    public void startNew() {
        form = PolicyForm.blank();
    }

    public void addTier() {
        form.addTier();
    }

    public void removeTier(int index) {
        form.removeTier(index);
    }

    /**
     * Creates the policy or saves the edit; a contradiction in the terms, a name in use or a colleague's save since
     * the form was filled is said at the form, which keeps what was typed.
     */
    public void save() {
        try {
            PolicyView saved = form.isNew() ? policies.create(form.draft())
                    : policies.edit(form.getId(), form.getVersion(), form.draft());
            Messages.info("Saved \"" + saved.name() + "\"." + (saved.published() ? ""
                    : " It is not published: builders cannot choose it yet."));
            form = PolicyForm.blank();
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        all = null;
    }

    /** Makes the policy in the clicked row the site default. */
    public void makeSiteDefault(String policyId) {
        AdminActions.onId(policyId, id -> {
            PolicyView chosen = policies.makeSiteDefault(id);
            Messages.info("\"" + chosen.name() + "\" is now the site default: session types without a policy of "
                    + "their own get its terms for new bookings.");
        });
        all = null;
    }

    /** The terms in words, for the list. */
    public String words(PolicyView policy) {
        return PolicyWords.terms(policy.terms());
    }

    public PolicyForm getForm() {
        return form;
    }

    public NoticeUnit[] getNoticeUnits() {
        return NoticeUnit.values();
    }

    public AuditTrail getTrail() {
        return trail;
    }
}
