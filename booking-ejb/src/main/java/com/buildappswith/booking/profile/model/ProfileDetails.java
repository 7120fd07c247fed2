package com.buildappswith.booking.profile.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a builder says about themselves, validated as a whole: bounded lengths, a few distinct tags, and an avatar
 * that can only be an https URL (so a profile cannot smuggle a {@code javascript:} link into a page).
 */
public record ProfileDetails(String displayName, String headline, String bio, List<String> expertise,
                             ZoneId timezone, Optional<String> avatarUrl) {

    public static final int MAX_TAGS = 10;

    public ProfileDetails {
        displayName = required("Display name", displayName, Account.MAX_DISPLAY_NAME);
        headline = required("Headline", headline, BuilderProfile.MAX_HEADLINE);
        bio = bounded("Bio", Objects.requireNonNullElse(bio, ""), BuilderProfile.MAX_BIO);
        expertise = tags(expertise);
        if (timezone == null) {
            throw new InvalidProfileException("Choose a timezone from the list.");
        }
        avatarUrl = Objects.requireNonNullElse(avatarUrl, Optional.<String>empty())
                .map(String::strip).filter(url -> !url.isEmpty()).map(ProfileDetails::httpsUrl);
    }

    /** Parses tags typed as one comma-separated line. */
    public static List<String> parseTags(String text) {
        return text == null ? List.of() : List.of(text.split(","));
    }

    private static List<String> tags(List<String> raw) {
        List<String> tags = new ArrayList<>();
        for (String tag : Objects.requireNonNullElse(raw, List.<String>of())) {
            String stripped = tag.strip();
            if (!stripped.isEmpty() && tags.stream().noneMatch(t -> t.equalsIgnoreCase(stripped))) {
                tags.add(bounded("An expertise tag", stripped, BuilderProfile.MAX_TAG));
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidProfileException("At most " + MAX_TAGS + " expertise tags, please.");
        }
        return List.copyOf(tags);
    }

    private static String httpsUrl(String url) {
        bounded("The avatar URL", url, BuilderProfile.MAX_AVATAR_URL);
        try {
            URI uri = new URI(url);
            if (!"https".equals(Objects.requireNonNullElse(uri.getScheme(), "").toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw new InvalidProfileException("The avatar must be an https:// address of an image.");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidProfileException("The avatar URL is not a valid address.");
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidProfileException(field + " is required.");
        }
        return bounded(field, value.strip(), max);
    }

    private static String bounded(String field, String value, int max) {
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidProfileException(field + " must be at most " + max + " characters.");
        }
        return stripped;
    }
}
