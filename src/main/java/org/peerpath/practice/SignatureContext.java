package org.peerpath.practice;

/** Where a signature came from, as the browser request tells it. */
public record SignatureContext(String clientAddress, String userAgent) {
}
