/**
 * Course content: reads and validates {@code course-content/} (modules, lessons, question banks, certification
 * programs), renders lessons, and imports published versions into the database at start-up. Other features read
 * published content through {@link org.peerpath.content.ContentCatalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package org.peerpath.content;
