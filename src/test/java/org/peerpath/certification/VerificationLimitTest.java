package org.peerpath.certification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationLimitTest {

    @Test
    void eachClientAddressHasItsOwnAllowance() {
        VerificationLimit limit = new VerificationLimit(5);
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
        }
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
        assertThat(limit.tryAcquire("198.51.100.2")).isTrue();
        // Without a known address, callers share one allowance rather than escaping the limit.
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire(null)).isTrue();
        }
        assertThat(limit.tryAcquire(null)).isFalse();
    }
}
