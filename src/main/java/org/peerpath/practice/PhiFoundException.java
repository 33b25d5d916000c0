package org.peerpath.practice;

import org.peerpath.common.ValidationException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The note seems to identify someone the coach served; nothing was saved. */
public class PhiFoundException extends ValidationException {

    private final transient List<PhiDetector.Finding> findings;

    public PhiFoundException(List<PhiDetector.Finding> findings) {
        this(findings, Map.of());
    }

    /** With the form's other problems, so the trainee sees everything to fix in one round. */
    public PhiFoundException(List<PhiDetector.Finding> findings, Map<String, String> otherFieldErrors) {
        super(message(findings), withNote(otherFieldErrors, message(findings)));
        this.findings = List.copyOf(findings);
    }

    private static Map<String, String> withNote(Map<String, String> others, String note) {
        Map<String, String> all = new HashMap<>(others);
        all.put("note", note);
        return all;
    }

    public List<PhiDetector.Finding> findings() {
        return findings;
    }

    private static String message(List<PhiDetector.Finding> findings) {
        return "Your note seems to contain " + findings.stream().map(f -> f.kind().description()).distinct()
                .collect(Collectors.joining(", ")) + ". Remove anything that could identify the person you served.";
    }
}
