package org.peerpath.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * @param dataDir where Peerpath keeps its files ({@code PEERPATH_DATA_DIR}); the embedded database lives in
 *                {@code mariadb/} below it
 * @param embeddedDb settings of the embedded server
 */
@ConfigurationProperties("peerpath")
public record EmbeddedDatabaseProperties(@DefaultValue("./data") Path dataDir,
                                         @DefaultValue EmbeddedDb embeddedDb) {

    /** @param port fixed port; 0 picks a free loopback port so a MariaDB already on 3306 never clashes */
    public record EmbeddedDb(@DefaultValue("0") int port, @DefaultValue("peerpath") String database) {
    }
}
