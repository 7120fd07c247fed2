package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.policy.application.AdminAudit;
import com.buildappswith.booking.policy.application.LimitsConsole;
import com.buildappswith.booking.policy.application.LimitsView;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;

import java.io.Serializable;

/**
 * Admins read the booking limits in force and whether an admin set them, and save new ones: the next booking on
 * every node is held to them. A save names the version the form was filled from, so a colleague's save in between
 * is not overwritten unseen.
 */
@Named
@ViewScoped
public class LimitsPage implements Serializable {

    @Inject
    private LimitsConsole limits;

    @Inject
    private AdminAudit audit;

    private LimitsView current;

    @Valid
    private LimitsForm form;

    private AuditTrail trail;

    @PostConstruct
    void init() {
        current = limits.current();
        form = LimitsForm.of(current);
        trail = new AuditTrail(audit, AuditArea.LIMITS);
    }

    public void save() {
        try {
            current = limits.save(form.draft(), form.getVersion());
            form = LimitsForm.of(current);
            Messages.info("Saved. New bookings are held to these limits from now on.");
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
    }

    /** Reads the limits in force again, dropping what was typed: after a colleague's save, say. */
    public void reload() {
        current = limits.current();
        form = LimitsForm.of(current);
    }

    public LimitsView getCurrent() {
        return current;
    }

    public LimitsForm getForm() {
        return form;
    }

    public AuditTrail getTrail() {
        return trail;
    }
}
