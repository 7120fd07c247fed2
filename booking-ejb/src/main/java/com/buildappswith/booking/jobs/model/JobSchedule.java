package com.buildappswith.booking.jobs.model;

import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jobs' settings as values: how often this node tries each job, how long before a session its reminders go out,
 * and how long after its end a session nobody closed is completed. Durations are written as an operator would:
 * {@code 30s}, {@code 5m}, {@code 24h}, {@code 2d}, or several joined ({@code 1h30m}).
 */
public final class JobSchedule {

    static final Map<JobName, Duration> DEFAULT_EVERY = Map.of(
            JobName.REMINDERS, Duration.ofMinutes(5),
            JobName.DEADLINES, Duration.ofMinutes(1),
            JobName.OUTBOX, Duration.ofSeconds(30));
    static final List<Duration> DEFAULT_REMINDERS = List.of(Duration.ofHours(24), Duration.ofHours(1));
    static final Duration DEFAULT_COMPLETE_AFTER = Duration.ofHours(48);
    /** A tick more often than this would only stack runs up behind the lease. */
    static final Duration SHORTEST_EVERY = Duration.ofSeconds(1);

    private static final Pattern PART = Pattern.compile("(\\d{1,6})(d|h|m|s)");

    private final Settings settings;

    public JobSchedule(Settings settings) {
        this.settings = settings;
    }

    /**
     * How often this node tries to run {@code job}; empty when it is off on this node ({@code 0} or {@code off}).
     *
     * @throws InvalidSettingException when the setting is no duration
     */
    public Optional<Duration> every(JobName job) {
        Setting setting = settingOf(job);
        Optional<String> value = settings.get(setting);
        if (value.isPresent() && isOff(value.get())) {
            return Optional.empty();
        }
        Duration every = value.map(text -> duration(setting, text)).orElse(DEFAULT_EVERY.get(job));
        if (every.compareTo(SHORTEST_EVERY) < 0) {
            throw new InvalidSettingException(setting, "must be at least 1s, or 0 or off, but was '" + value.get()
                    + "'");
        }
        return Optional.of(every);
    }

    /**
     * The early and the late reminder's distance before the start, or the late one alone.
     *
     * @throws InvalidSettingException when the setting is not one or two different positive durations
     */
    public ReminderOffsets remindersBefore() {
        Optional<String> value = settings.get(Setting.REMINDERS_BEFORE);
        if (value.isEmpty()) {
            return ReminderOffsets.of(DEFAULT_REMINDERS);
        }
        List<Duration> offsets = new ArrayList<>();
        for (String part : value.get().split(",")) {
            offsets.add(duration(Setting.REMINDERS_BEFORE, part.strip()));
        }
        try {
            return ReminderOffsets.of(offsets);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(Setting.REMINDERS_BEFORE, e.getMessage() + " (was '" + value.get()
                    + "')");
        }
    }

    /**
     * How long after its end a session still CONFIRMED is completed by the system.
     *
     * @throws InvalidSettingException when the setting is no duration
     */
    public Duration completeAfter() {
        return settings.get(Setting.COMPLETE_AFTER)
                .map(text -> duration(Setting.COMPLETE_AFTER, text))
                .orElse(DEFAULT_COMPLETE_AFTER);
    }

    static Setting settingOf(JobName job) {
        return switch (job) {
            case REMINDERS -> Setting.JOB_REMINDERS_EVERY;
            case DEADLINES -> Setting.JOB_DEADLINES_EVERY;
            case OUTBOX -> Setting.JOB_OUTBOX_EVERY;
        };
    }

    private static boolean isOff(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.equals("off") || lower.chars().allMatch(c -> c == '0');
    }

    /** {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 2d}: at least one part, each unit once, largest first. */
    static Duration duration(Setting setting, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher part = PART.matcher(lower);
        Duration total = Duration.ZERO;
        int at = 0;
        String units = "dhms";
        int lastUnit = -1;
        while (at < lower.length() && part.find(at) && part.start() == at) {
            int unit = units.indexOf(part.group(2));
            if (unit <= lastUnit) {
                break;
            }
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            });
            lastUnit = unit;
            at = part.end();
        }
        if (at == 0 || at != lower.length()) {
            throw new InvalidSettingException(setting, "must be a duration such as 30s, 5m, 24h or 1h30m but was '"
                    + text + "'");
        }
        return total;
    }
}
