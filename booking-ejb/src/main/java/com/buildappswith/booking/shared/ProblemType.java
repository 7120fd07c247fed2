package com.buildappswith.booking.shared;

/**
 * The kinds of failure a caller can be told about, each with the HTTP status and title it answers with and a
 * stable type URI (RFC 9457) that clients can switch on instead of parsing the message.
 */
public enum ProblemType {

    /** The request itself breaks a rule (a malformed value, a field out of range). */
    INVALID_INPUT(400, "Bad Request", "invalid-input"),
    /** Signed in, but not allowed: someone else's data or a role the caller lacks. */
    FORBIDDEN(403, "Forbidden", "forbidden"),
    /** Nothing of the kind asked for exists, or none the caller may see. */
    NOT_FOUND(404, "Not Found", "not-found"),
    /** Someone else was first: the slot, a limit or the email was taken a moment ago. */
    CONFLICT(409, "Conflict", "conflict"),
    /** Well-formed, but the rules of the product do not allow it (outside the hours, inside the notice). */
    NOT_ALLOWED(422, "Unprocessable Content", "not-allowed"),
    /** Too many requests of a kind from one client: try again after the wait the answer names. */
    TOO_MANY_REQUESTS(429, "Too Many Requests", "too-many-requests"),
    /** The application cannot serve the request right now (its database is unavailable). */
    UNAVAILABLE(503, "Service Unavailable", "unavailable");

    private static final String PREFIX = "urn:buildappswith:booking:problem:";

    private final int status;
    private final String title;
    private final String uri;

    ProblemType(int status, String title, String name) {
        this.status = status;
        this.title = title;
        this.uri = PREFIX + name;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return uri;
    }
}
