package org.peerpath.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Security events on the {@code peerpath.security} logger. Each event carries its fields both as structured
 * key-values (for JSON log formats) and in the message text (the plain console format drops key-values).
 * Never pass a password or a token. Shared by the features that audit sign-in, staff and certificate changes.
 */
public final class SecurityLog {

    private static final Logger LOG = LoggerFactory.getLogger("peerpath.security");

    private final Level level;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private SecurityLog(Level level, String event) {
        this.level = level;
        fields.put("event", event);
    }

    public static SecurityLog info(String event) {
        return new SecurityLog(Level.INFO, event);
    }

    public static SecurityLog warn(String event) {
        return new SecurityLog(Level.WARN, event);
    }

    /** Values may be typed by anyone (a sign-in address): line breaks in them must not start forged log lines. */
    public SecurityLog with(String key, Object value) {
        fields.put(key, value instanceof String text ? defused(text) : value);
        return this;
    }

    static String defused(String text) {
        return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    public void log(String message) {
        LoggingEventBuilder builder = LOG.atLevel(level);
        fields.forEach(builder::addKeyValue);
        builder.log(message + " " + fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
    }
}
