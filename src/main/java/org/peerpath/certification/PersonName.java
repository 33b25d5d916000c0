package org.peerpath.certification;

/** Someone to choose in a list: their id and name as colleagues know it. */
public record PersonName(long id, String displayName) {
}
