package org.peerpath.practice;

/** An entry as the reviewer saw it: a stale version means someone else acted on it in between. */
public record EntryRef(long id, long version) {
}
