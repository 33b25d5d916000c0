/**
 * Where the data lives: an embedded MariaDB for a zero-install start, or an external server
 * named by {@code PEERPATH_DB_URL}. Flyway owns the schema in both cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.peerpath.database;
