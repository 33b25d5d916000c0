package org.peerpath.common;

/** Someone else changed the record since the caller loaded it; nothing was overwritten. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
