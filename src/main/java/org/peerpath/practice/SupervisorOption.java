package org.peerpath.practice;

/** A supervisor of the trainee's organization who may have held a session; {@code assigned} is the trainee's own. */
public record SupervisorOption(long id, String name, boolean assigned) {
}
