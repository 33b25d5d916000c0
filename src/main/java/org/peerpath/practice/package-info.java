/**
 * Supervised practice: trainees log hours, supervisors review and sign them off.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practice")
package org.peerpath.practice;
