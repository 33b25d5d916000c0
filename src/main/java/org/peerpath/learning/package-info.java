/**
 * A trainee's learning: the course catalog, lesson reading, progress and credited education hours.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning")
package org.peerpath.learning;
