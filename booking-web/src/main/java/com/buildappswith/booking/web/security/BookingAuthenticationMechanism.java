package com.buildappswith.booking.web.security;

import com.buildappswith.booking.shared.persistence.DatabaseUnavailableException;
import com.buildappswith.booking.web.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * One mechanism for pages and API. Pages sign in through the sign-in page (which calls
 * {@code SecurityContext.authenticate}); the signed-in identity then lives in the session. API clients either use
 * that session or send HTTP Basic credentials with each request. An unauthenticated request for a protected page
 * is sent to the sign-in page; for the API it gets a 401 problem, never a redirect.
 */
@ApplicationScoped
@AutoApplySession
public class BookingAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // The sign-in page asked; on failure it shows its own message, so the container must not answer
            // with an error page of its own (which a failure status would make it do).
            CredentialValidationResult result = identityStores.validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : context.doNothing();
        }
        if (isApi(request)) {
            Optional<UsernamePasswordCredential> basic = basicCredential(request);
            if (basic.isPresent()) {
                return basicSignIn(basic.get(), request, response, context);
            }
            if (context.isProtected()) {
                return Problems.write(response, 401, "Unauthorized", "Sign in to use this API: send HTTP Basic "
                        + "credentials or the session cookie of a signed-in browser.", context);
            }
            return context.doNothing();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus basicSignIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                             HttpServletResponse response, HttpMessageContext context) {
        String email = credential.getCaller();
        Optional<Duration> wait = throttle.waitBeforeAttempt(email, request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            return Problems.write(response, 429, "Too Many Requests", SignInThrottle.tooManyAttempts(wait.get()),
                    context);
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (RuntimeException e) {
            // Thrown here, it would reach the client as a bare 500 from the container's authenticator.
            DatabaseUnavailableException unavailable = DatabaseUnavailableException.behind(e).orElseThrow(() -> e);
            return Problems.write(response, 503, "Service Unavailable", unavailable.getMessage(), context);
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(email, request.getRemoteAddr());
            return Problems.write(response, 401, "Unauthorized", "Email or password is incorrect.", context);
        }
        throttle.succeeded(email);
        return context.notifyContainerAboutLogin(result);
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
