package org.peerpath.practice;

/** The longest free text each field keeps: the size of its database column, so forms can stop typing there. */
public final class TextLimits {

    public static final int NOTE = 2000;
    public static final int REVIEW_COMMENT = 2000;
    public static final int REOPEN_REASON = 1000;
    public static final int TOPICS = 2000;
    public static final int DECLINE_COMMENT = 1000;

    private TextLimits() {
    }
}
