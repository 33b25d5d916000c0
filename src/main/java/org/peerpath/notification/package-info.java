/**
 * Reminders and the in-app notification list. Features contribute {@link org.peerpath.notification.ReminderSource}s;
 * a scheduled job (locked with ShedLock so only one app instance runs it) delivers each reminder exactly once:
 * by e-mail when SMTP is configured, and always in the recipient's notification list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.peerpath.notification;
