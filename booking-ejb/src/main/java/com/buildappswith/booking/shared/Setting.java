package com.buildappswith.booking.shared;

/**
 * Every operator-facing setting. Each is read from an environment variable first and from a system property
 * second, so the same EAR runs unchanged on any server: operators set the environment, tests set properties.
 */
public enum Setting {
    DB_URL("BOOKING_DB_URL", "booking.db.url"),
    DB_USER("BOOKING_DB_USER", "booking.db.user"),
    DB_PASSWORD("BOOKING_DB_PASSWORD", "booking.db.password"),
    DATA_DIR("BOOKING_DATA_DIR", "booking.data.dir"),
    DEMO_DATA("BOOKING_DEMO_DATA", "booking.demo.data"),
    ADMIN_EMAIL("BOOKING_ADMIN_EMAIL", "booking.admin.email"),
    ADMIN_PASSWORD("BOOKING_ADMIN_PASSWORD", "booking.admin.password"),
    ADMIN_PROMOTE_EXISTING("BOOKING_ADMIN_PROMOTE_EXISTING", "booking.admin.promote.existing"),
    TRUSTED_PROXIES("BOOKING_TRUSTED_PROXIES", "booking.trusted.proxies"),
    HOLDS_PER_CLIENT("BOOKING_HOLDS_PER_CLIENT", "booking.holds.per.client"),
    HOLD_COOL_DOWN_HOURS("BOOKING_HOLD_COOL_DOWN_HOURS", "booking.hold.cool.down.hours"),
    REGISTRATIONS_PER_ADDRESS("BOOKING_REGISTRATIONS_PER_ADDRESS", "booking.registrations.per.address"),
    HOLD_MINUTES("BOOKING_HOLD_MINUTES", "booking.hold.minutes"),
    PUBLIC_URL("BOOKING_PUBLIC_URL", "booking.public.url"),
    STRIPE_SECRET_KEY("BOOKING_STRIPE_SECRET_KEY", "booking.stripe.secret.key"),
    STRIPE_WEBHOOK_SECRET("BOOKING_STRIPE_WEBHOOK_SECRET", "booking.stripe.webhook.secret"),
    /** Where the Stripe client sends its requests: Stripe itself unless a test points it at a local stub. */
    STRIPE_API_BASE("BOOKING_STRIPE_API_BASE", "booking.stripe.api.base"),
    /** The SMTP server the outbox sends through; without it the server's mail resource, or no mail at all. */
    SMTP_HOST("BOOKING_SMTP_HOST", "booking.smtp.host"),
    SMTP_PORT("BOOKING_SMTP_PORT", "booking.smtp.port"),
    SMTP_USER("BOOKING_SMTP_USER", "booking.smtp.user"),
    SMTP_PASSWORD("BOOKING_SMTP_PASSWORD", "booking.smtp.password"),
    SMTP_FROM("BOOKING_SMTP_FROM", "booking.smtp.from"),
    SMTP_STARTTLS("BOOKING_SMTP_STARTTLS", "booking.smtp.starttls"),
    /** How many times the outbox tries a message before it gives up and shows it as failed. */
    MAIL_ATTEMPTS("BOOKING_MAIL_ATTEMPTS", "booking.mail.attempts"),
    /** How long the outbox waits after a message's first failed attempt; each later wait doubles it. */
    MAIL_FIRST_RETRY_SECONDS("BOOKING_MAIL_FIRST_RETRY_SECONDS", "booking.mail.first.retry.seconds"),
    /** How often this node tries to run the reminders job: a duration such as 5m or 30s; 0 or off: never here. */
    JOB_REMINDERS_EVERY("BOOKING_JOB_REMINDERS_EVERY", "booking.job.reminders.every"),
    /** How often this node tries to run the deadlines job (0 or off: never here). */
    JOB_DEADLINES_EVERY("BOOKING_JOB_DEADLINES_EVERY", "booking.job.deadlines.every"),
    /** How often this node tries to run the outbox job (0 or off: never here). */
    JOB_OUTBOX_EVERY("BOOKING_JOB_OUTBOX_EVERY", "booking.job.outbox.every"),
    /** How long before a session its reminders go out: the early and the late one, e.g. 24h,1h (or one alone). */
    REMINDERS_BEFORE("BOOKING_REMINDERS_BEFORE", "booking.reminders.before"),
    /** How long after its end a session still CONFIRMED is marked COMPLETED, leaving the builder time first. */
    COMPLETE_AFTER("BOOKING_COMPLETE_AFTER", "booking.complete.after");

    private final String environmentVariable;
    private final String systemProperty;

    Setting(String environmentVariable, String systemProperty) {
        this.environmentVariable = environmentVariable;
        this.systemProperty = systemProperty;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    public String systemProperty() {
        return systemProperty;
    }
}
