package org.peerpath.certification;

/** A published program at its newest version, as an org admin chooses among them. */
public record ProgramSummary(String id, int version, String title) {
}
