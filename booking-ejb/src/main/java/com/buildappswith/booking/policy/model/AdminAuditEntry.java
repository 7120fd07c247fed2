package com.buildappswith.booking.policy.model;

import com.buildappswith.booking.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change an admin made, as the audit log keeps it: who, when, in which area, what they did to what, and the
 * values before and after in words. Written in the transaction of the change, so a change that rolls back leaves
 * none; never changed afterwards.
 */
@Entity
@Table(name = "admin_audit")
public class AdminAuditEntry {

    public static final int MAX_ACTOR = 254;
    public static final int MAX_ACTION = 120;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_VALUE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_audit_seq")
    @SequenceGenerator(name = "admin_audit_seq", sequenceName = "admin_audit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = MAX_ACTOR)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AuditArea area;

    @Column(nullable = false, length = MAX_ACTION)
    private String action;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "before_value", length = MAX_VALUE)
    private String before;

    @Column(name = "after_value", length = MAX_VALUE)
    private String after;

    @Column(nullable = false)
    private Instant at;

    protected AdminAuditEntry() {
    }

    /** Texts longer than their column are cut with an ellipsis: the log must never refuse the change it records. */
    public AdminAuditEntry(String actor, AuditArea area, String action, String subject, Optional<String> before,
                           Optional<String> after, Instant at) {
        this.actor = Texts.fitted(Objects.requireNonNull(actor, "The actor is required."), MAX_ACTOR);
        this.area = Objects.requireNonNull(area, "The area is required.");
        this.action = Texts.fitted(Objects.requireNonNull(action, "The action is required."), MAX_ACTION);
        this.subject = Texts.fitted(Objects.requireNonNull(subject, "The subject is required."), MAX_SUBJECT);
        this.before = before.map(text -> Texts.fitted(text, MAX_VALUE)).orElse(null);
        this.after = after.map(text -> Texts.fitted(text, MAX_VALUE)).orElse(null);
        this.at = Objects.requireNonNull(at, "The time is required.");
    }

    public Long id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    public AuditArea area() {
        return area;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public Optional<String> before() {
        return Optional.ofNullable(before);
    }

    public Optional<String> after() {
        return Optional.ofNullable(after);
    }

    public Instant at() {
        return at;
    }
}
