package com.buildappswith.booking.web.cache;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Rendered answers remembered by key, each with the version of the data it was made from and the instant before
 * which time alone does not change it. An answer is given back only for the same version and before that instant,
 * so what a change in the database or the passing of time makes stale is never served; it is dropped instead. The
 * least recently used answers go first when either bound is reached: a number of answers, and their bytes in all,
 * so a crawler walking every search and page cannot grow the heap beyond them.
 */
public final class AnswerCache {

    /** An answer as sent: its content type, its body, and the entity tag a browser may send back. */
    public record Answer(long version, Instant unchangedUntil, String contentType, byte[] body, String entityTag) {

        public Answer {
            Objects.requireNonNull(unchangedUntil, "Until when the answer holds is required.");
            Objects.requireNonNull(contentType, "Content type is required.");
            Objects.requireNonNull(body, "Body is required.");
            Objects.requireNonNull(entityTag, "Entity tag is required.");
        }

        boolean servesAt(long current, Instant now) {
            return version == current && now.isBefore(unchangedUntil);
        }
    }

    private final int maxAnswers;
    private final long maxBytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public AnswerCache(int maxAnswers, long maxBytes) {
        if (maxAnswers < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("A cache holds at least one answer of at least one byte.");
        }
        this.maxAnswers = maxAnswers;
        this.maxBytes = maxBytes;
    }

    /** The answer remembered under {@code key} if it was made at {@code version} and still holds at {@code now}. */
    public synchronized Optional<Answer> fresh(String key, long version, Instant now) {
        Answer answer = answers.get(key);
        if (answer == null) {
            return Optional.empty();
        }
        if (answer.servesAt(version, now)) {
            return Optional.of(answer);
        }
        // A reader that read the version before a change committed must not drop the answer made after it.
        if (answer.version() <= version) {
            forget(key);
        }
        return Optional.empty();
    }

    /**
     * Remembers {@code answer} under {@code key}, unless one made at a newer version is there already (a slower
     * request that read an older version finished last) or it alone is larger than the whole cache.
     */
    public synchronized void remember(String key, Answer answer) {
        Objects.requireNonNull(key, "Key is required.");
        if (answer.body().length > maxBytes) {
            return;
        }
        Answer present = answers.get(key);
        if (present != null && present.version() > answer.version()) {
            return;
        }
        forget(key);
        answers.put(key, answer);
        bytes += answer.body().length;
        Iterator<Map.Entry<String, Answer>> eldest = answers.entrySet().iterator();
        while ((answers.size() > maxAnswers || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    public synchronized int size() {
        return answers.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    private void forget(String key) {
        Answer gone = answers.remove(key);
        if (gone != null) {
            bytes -= gone.body().length;
        }
    }
}
