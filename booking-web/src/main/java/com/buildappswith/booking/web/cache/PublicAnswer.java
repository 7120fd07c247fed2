package com.buildappswith.booking.web.cache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which requests may be answered from memory, and under which key and version. Three answers are the same for every
 * anonymous visitor who asks with the same parameters: the directory ({@code /}, its search and page), a builder's
 * page, and a builder's free slots through the API. The pages only for a request without a session (a signed-in
 * person's header names them) and without Faces' flash cookie (a message carried over a redirect is shown and
 * cleared once); the slots for everyone, since they name no one. Nothing else in the request changes these answers:
 * they read no language, zone or cookie but the parameters (the slots' zone is one).
 *
 * @param kind      which of the three
 * @param builderId the builder whose version the answer depends on (0 for the directory)
 * @param key       the kind with every parameter, sorted, so the same question is one key however it is asked
 */
public record PublicAnswer(Kind kind, long builderId, String key) {

    public enum Kind { DIRECTORY, BUILDER_PAGE, SLOTS }

    /** Mojarra's flash cookie: the page that reads it must render for that request. */
    static final String FLASH_COOKIE = "csfcfc";
    /** Longer keys are a crawler's or an attacker's inventions: answered, not remembered. */
    static final int LONGEST_KEY = 1_000;
    private static final Pattern SLOTS = Pattern.compile("/api/builders/(\\d{1,18})/slots/?");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    /**
     * What a request is, as far as these rules need it. Its parameters are read only for a request that may be
     * answered from memory: reading them parses a form's body, after which neither Faces nor the server may set the
     * request's character encoding (Payara warns, AS-WEB-CORE-00059, and the form's text is decoded as ISO-8859-1).
     */
    public record Request(String method, String servletPath, String path, Supplier<Map<String, String[]>> parameters,
                          boolean hasSession, boolean hasFlashCookie) {
    }

    /** The answer a request asks for, if it may come from memory. */
    public static Optional<PublicAnswer> of(Request request) {
        if (!"GET".equals(request.method())) {
            return Optional.empty();
        }
        Matcher slots = SLOTS.matcher(request.path());
        if (slots.matches()) {
            return keyed(Kind.SLOTS, Long.parseLong(slots.group(1)), request.parameters().get());
        }
        if (request.hasSession() || request.hasFlashCookie()) {
            return Optional.empty();
        }
        if ("/index.xhtml".equals(request.servletPath())) {
            return keyed(Kind.DIRECTORY, 0, request.parameters().get());
        }
        if ("/builder.xhtml".equals(request.servletPath())) {
            Map<String, String[]> parameters = request.parameters().get();
            String[] id = parameters.get("id");
            if (id != null && id.length == 1 && ID.matcher(id[0]).matches()) {
                return keyed(Kind.BUILDER_PAGE, Long.parseLong(id[0]), parameters);
            }
        }
        return Optional.empty();
    }

    private static Optional<PublicAnswer> keyed(Kind kind, long builderId, Map<String, String[]> parameters) {
        StringBuilder key = new StringBuilder(kind.name()).append('/').append(builderId);
        char separator = '?';
        for (Map.Entry<String, String[]> parameter : new TreeMap<>(parameters).entrySet()) {
            for (String value : parameter.getValue()) {
                key.append(separator).append(encoded(parameter.getKey())).append('=').append(encoded(value));
                separator = '&';
            }
        }
        return key.length() > LONGEST_KEY ? Optional.empty()
                : Optional.of(new PublicAnswer(kind, builderId, key.toString()));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Whether a rendered answer may be remembered: a whole 200 that set no cookie. */
    public static boolean rememberable(int status, boolean setCookie, String contentType) {
        return status == 200 && !setCookie && contentType != null;
    }

}
