package org.peerpath.practice;

import java.math.BigDecimal;

/**
 * The practice and supervision hours a trainee's certification program asks for, which the practice log's progress
 * bars and hours report compare their signed hours with. The certification feature knows which program (and version)
 * the trainee is held to, and provides this.
 */
public interface PracticeTargets {

    Targets of(long traineeId);

    /** Zero where the program asks for none. */
    record Targets(BigDecimal practiceHours, BigDecimal supervisionHours) {
        public static final Targets NONE = new Targets(BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
