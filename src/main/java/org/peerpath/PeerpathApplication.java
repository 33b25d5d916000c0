package org.peerpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PeerpathApplication {

    public static void main(String[] args) {
        SpringApplication.run(PeerpathApplication.class, args);
    }
}
