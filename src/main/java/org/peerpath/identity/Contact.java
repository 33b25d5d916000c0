package org.peerpath.identity;

/** Who to tell about something: for reminders and notifications sent by the platform itself. */
public record Contact(long id, long organizationId, String email, String displayName, boolean active) {
}
