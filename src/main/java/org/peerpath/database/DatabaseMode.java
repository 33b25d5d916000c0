package org.peerpath.database;

/** Whether this instance runs on its own embedded MariaDB or on an external server. */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL
}
