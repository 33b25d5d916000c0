package org.peerpath.common;

/** A record that does not exist, or that the caller may not know exists: both look the same from outside. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
