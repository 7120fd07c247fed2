package com.buildappswith.booking.web.security;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.web.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One mechanism for pages and API. Pages sign in through the sign-in page (which calls
 * {@code SecurityContext.authenticate}); the signed-in person's name then lives in the session. API clients either
 * use that session or send HTTP Basic credentials with each request. An unauthenticated request for a protected page
 * is sent to the sign-in page; for the API it gets a 401 problem, never a redirect.
 * <p>
 * The session keeps only who signed in. Their roles are read afresh on every request (one indexed query on a pooled
 * connection outside any transaction, which the check for a deactivated account needed anyway), so an admin's change of roles or deactivation takes effect at the
 * person's next request, on whichever node it lands. This replaces {@code @AutoApplySession}, which hands the
 * container the principal stored at sign-in: Payara 6.2025 then reuses the session's subject through a security
 * context shared between threads, and under concurrent requests of one session some lose their roles and get 403
 * (payara/Payara#6145, fixed after the newest Payara 6 on Maven Central).
 */
@ApplicationScoped
public class BookingAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    /** The session attribute holding the principal name of whoever signed in with the session. */
    private static final String SIGNED_IN = BookingAuthenticationMechanism.class.getName() + ".signedIn";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // The sign-in page asked; on failure it shows its own message, so the container must not answer
            // with an error page of its own (which a failure status would make it do).
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.doNothing();
            }
            request.getSession().setAttribute(SIGNED_IN, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result);
        }
        if (isApi(request)) {
            Optional<UsernamePasswordCredential> basic = basicCredential(request);
            if (basic.isPresent()) {
                return basicSignIn(basic.get(), request, response, context);
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof String signedIn) {
            return continueSession(signedIn, session, request, response, context);
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                return Problems.write(response, 401, "Unauthorized", "Sign in to use this API: send HTTP Basic "
                        + "credentials or the session cookie of a signed-in browser.", context);
            }
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** Forgets the session's sign-in too when the container signs the caller out. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response,
                             HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The request of a signed-in session, as the person is now: with today's roles, or signed out if deactivated. */
    private AuthenticationStatus continueSession(String signedIn, HttpSession session, HttpServletRequest request,
                                                 HttpServletResponse response, HttpMessageContext context) {
        Optional<Set<Role>> roles;
        try {
            roles = accounts.signedInRoles(signedIn);
        } catch (RuntimeException e) {
            DatabaseRefusal refusal = DatabaseRefusal.of(e).orElseThrow(() -> e);
            if (isApi(request)) {
                refusal.log();
                return Problems.write(response, 503, "Service Unavailable", refusal.message(), context);
            }
            // The page itself will find the database gone and answer with the "not available" page.
            return context.doNothing();
        }
        if (roles.isEmpty()) {
            session.invalidate();
            if (isApi(request)) {
                return Problems.write(response, 401, "Unauthorized", "This account has been deactivated.", context);
            }
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?deactivated=true");
        }
        return context.notifyContainerAboutLogin(signedIn,
                roles.get().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /**
     * Thrown from here, a failure would reach the client as a bare 500 from the container's authenticator; the
     * accounts and the throttle live in the database, so a database gone or too busy is a 503 wherever it shows.
     */
    private AuthenticationStatus basicSignIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                             HttpServletResponse response, HttpMessageContext context) {
        String email = credential.getCaller();
        boolean reserved = false;
        try {
            Optional<Duration> wait = throttle.reserveAttempt(email, request);
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
                return Problems.write(response, 429, "Too Many Requests", SignInThrottle.tooManyAttempts(wait.get()),
                        context);
            }
            reserved = true;
            CredentialValidationResult result = identityStores.validate(credential);
            reserved = false;
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                throttle.failed(request);
                return Problems.write(response, 401, "Unauthorized", "Email or password is incorrect.", context);
            }
            throttle.succeeded(email);
            // As with a sign-in through the page, the session remembers who signed in, so an API client may go on
            // with the session cookie (and the CSRF token of GET /api/me) instead of sending its password every time.
            request.getSession().setAttribute(SIGNED_IN, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result);
        } catch (RuntimeException e) {
            DatabaseRefusal refusal = DatabaseRefusal.of(e).orElseThrow(() -> e);
            if (reserved) {
                withdraw(email);
            }
            refusal.log();
            return Problems.write(response, 503, "Service Unavailable", refusal.message(), context);
        }
    }

    /** An attempt that reached no verdict is not counted, if the database lets us say so. */
    private void withdraw(String email) {
        try {
            throttle.withdrawn(email);
        } catch (RuntimeException stillUnavailable) {
            // The attempt stays counted, which errs on the safe side; the answer is the same 503.
            DatabaseRefusal.of(stillUnavailable).orElseThrow(() -> stillUnavailable);
        }
    }

    private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon),
                    decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** Never lets a caller-supplied target leave this site after sign-in. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(SIGN_IN_PAGE)) {
            return "/";
        }
        return next;
    }
}
