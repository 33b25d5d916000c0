package org.peerpath.common;

import java.util.Map;

/**
 * Input that breaks a business rule. The message is written for the person who typed it;
 * {@link #fieldErrors()} names the fields to highlight, so a form can keep everything else as typed.
 */
public class ValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public ValidationException(String message) {
        this(message, Map.of());
    }

    public ValidationException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static ValidationException forField(String field, String message) {
        return new ValidationException(message, Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
