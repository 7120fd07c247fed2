package com.buildappswith.booking.web.cache;

import com.buildappswith.booking.shared.persistence.PublicAnswerVersions;
import com.buildappswith.booking.web.api.SlotsResource;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Answers the directory, builders' pages and free slots from memory when the database's version of what they show
 * (see {@link PublicAnswerVersions}) is the one they were rendered at, and time has not yet changed them; renders
 * and remembers them otherwise. Which requests qualify is {@link PublicAnswer}'s rule, how long an answer holds
 * {@link AnswerCache}'s. Under load these answers cost one indexed read instead of a rendering with two to four
 * statements (bench/public-pages.sh). Each answer carries an entity tag, so a browser or crawler that sends it back
 * gets a 304 without the body.
 *
 * <p>Mapped to the two servlets by name, which puts it after every filter mapped by address (the security headers
 * among them) and, for the pages, after the clean addresses' forward, so it sees the page and parameters that serve
 * {@code /builders/42}.
 */
@WebFilter(filterName = "PublicAnswerFilter", servletNames = {"Faces Servlet", PublicAnswerFilter.API_SERVLET},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class PublicAnswerFilter extends HttpFilter {

    /** The servlet JAX-RS registers for an application class annotated with {@code @ApplicationPath}. */
    static final String API_SERVLET = "com.buildappswith.booking.web.api.BookingApi";
    /** A few thousand answers: every builder's page and the directory's pages, and the slots asked most. */
    static final int MOST_ANSWERS = 4_000;
    static final long MOST_BYTES = 48L * 1024 * 1024;

    private final AnswerCache cache = new AnswerCache(MOST_ANSWERS, MOST_BYTES);

    @Inject
    private PublicAnswerVersions versions;

    @Inject
    private Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PublicAnswer> asked = PublicAnswer.of(new PublicAnswer.Request(request.getMethod(),
                request.getServletPath(), request.getRequestURI().substring(request.getContextPath().length()),
                request::getParameterMap, request.getSession(false) != null, hasFlashCookie(request)));
        if (asked.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        PublicAnswer answer = asked.get();
        OptionalLong version = switch (answer.kind()) {
            case DIRECTORY -> versions.directory();
            case BUILDER_PAGE -> versions.builderPage(answer.builderId());
            case SLOTS -> versions.slots(answer.builderId());
        };
        if (version.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AnswerCache.Answer> remembered = cache.fresh(answer.key(), version.getAsLong(), clock.instant());
        if (remembered.isPresent()) {
            send(remembered.get(), answer, request, response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (captured.passedOn()) {
            return;
        }
        byte[] body = captured.body();
        boolean sessionMade = answer.kind() != PublicAnswer.Kind.SLOTS && request.getSession(false) != null;
        if (PublicAnswer.rememberable(captured.getStatus(), captured.setCookie() || sessionMade,
                captured.getContentType())) {
            Instant unchangedUntil = request.getAttribute(SlotsResource.UNCHANGED_UNTIL) instanceof Instant until
                    ? until : Instant.MAX;
            AnswerCache.Answer made = new AnswerCache.Answer(version.getAsLong(), unchangedUntil,
                    captured.getContentType(), body, entityTag(body));
            cache.remember(answer.key(), made);
            send(made, answer, request, response);
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void send(AnswerCache.Answer answer, PublicAnswer asked, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        response.setContentType(answer.contentType());
        response.setHeader("ETag", answer.entityTag());
        // Stored by a browser, but asked again each time: the entity tag makes that cheap.
        response.setHeader("Cache-Control", "no-cache");
        if (asked.kind() != PublicAnswer.Kind.SLOTS) {
            response.setHeader("Vary", "Cookie");
        }
        if (matches(request.getHeader("If-None-Match"), answer.entityTag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    static boolean matches(String ifNoneMatch, String entityTag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals(entityTag) || tag.equals("W/" + entityTag) || tag.equals("*"));
    }

    static String entityTag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }

    private static boolean hasFlashCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> PublicAnswer.FLASH_COOKIE.equals(c.getName()));
    }
}
