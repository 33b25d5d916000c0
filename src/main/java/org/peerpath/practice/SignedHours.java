package org.peerpath.practice;

import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.util.Map;

/** Signed practice hours per IC&RC domain plus confirmed supervision hours. */
public record SignedHours(Map<Domain, BigDecimal> practiceByDomain, BigDecimal supervision) {

    public static final SignedHours NONE = new SignedHours(Map.of(), BigDecimal.ZERO);

    public SignedHours {
        practiceByDomain = Map.copyOf(practiceByDomain);
    }

    public BigDecimal practice() {
        return practiceByDomain.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal practiceIn(Domain domain) {
        return practiceByDomain.getOrDefault(domain, BigDecimal.ZERO);
    }
}
