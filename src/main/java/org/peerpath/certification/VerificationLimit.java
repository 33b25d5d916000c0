package org.peerpath.certification;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits certificate look-ups per client address, so that codes cannot be guessed by trying many. The codes carry
 * 100 random bits, so this is a second line of defence; it also keeps the public page cheap to serve.
 */
@Component
class VerificationLimit {

    private static final int TRACKED_ADDRESSES = 10_000;

    private final long perMinute;
    // Least recently used addresses are forgotten first, so memory stays bounded.
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > TRACKED_ADDRESSES;
        }
    });

    VerificationLimit(@Value("${peerpath.verify.per-minute:20}") long perMinute) {
        this.perMinute = perMinute;
    }

    /** Whether a look-up from {@code clientAddress} may go ahead now. */
    boolean tryAcquire(String clientAddress) {
        String key = clientAddress == null ? "unknown" : clientAddress;
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.simple(perMinute, Duration.ofMinutes(1))).build()).tryConsume(1);
    }
}
