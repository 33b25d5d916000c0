package org.peerpath.practice;

import java.time.LocalDate;

/**
 * What a trainee types for a supervision session. {@code supervisorId} is who held it; null means the trainee's
 * assigned supervisor. The topics must not identify anyone served.
 */
public record SessionDetails(LocalDate date, int minutes, boolean group, Long supervisorId, String topics) {
}
