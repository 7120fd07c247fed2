package com.buildappswith.booking.policy.application;

import com.buildappswith.booking.policy.model.SiteLimits;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Logger;

/**
 * The booking limits this node applies where no admin stored any: its environment's settings, read once, since
 * they cannot change while it runs.
 */
@ApplicationScoped
public class NodeLimits {

    private static final Logger LOG = Logger.getLogger(NodeLimits.class.getName());

    private SiteLimits limits;

    @PostConstruct
    void read() {
        limits = of(Settings.fromSystem());
    }

    public SiteLimits limits() {
        return limits;
    }

    /** A mistyped setting must not stop every booking: it is logged for the operator and the defaults apply. */
    public static SiteLimits of(Settings settings) {
        try {
            return SiteLimits.ofEnvironment(settings);
        } catch (InvalidSettingException e) {
            LOG.severe(e.getMessage() + "; using the default hold limits (" + SiteLimits.BUILT_IN + ")");
            return SiteLimits.BUILT_IN;
        }
    }
}
