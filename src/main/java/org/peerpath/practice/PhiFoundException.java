package org.peerpath.practice;

import org.peerpath.common.ValidationException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A free-text field seems to identify someone the coach served; nothing was saved. */
public class PhiFoundException extends ValidationException {

    private final transient List<PhiDetector.Finding> findings;
    private final String field;

    public PhiFoundException(List<PhiDetector.Finding> findings) {
        this(findings, Map.of());
    }

    /** In the practice note, with the form's other problems, so the trainee sees everything to fix in one round. */
    public PhiFoundException(List<PhiDetector.Finding> findings, Map<String, String> otherFieldErrors) {
        this("note", "note", findings, otherFieldErrors);
    }

    /**
     * @param field the form field the text came from
     * @param what  how the person calls that text: "note", "comment", "reason", "topics"
     */
    public PhiFoundException(String field, String what, List<PhiDetector.Finding> findings, Map<String, String> otherFieldErrors) {
        super(message(what, findings), with(otherFieldErrors, field, message(what, findings)));
        this.findings = List.copyOf(findings);
        this.field = field;
    }

    private static Map<String, String> with(Map<String, String> others, String field, String message) {
        Map<String, String> all = new HashMap<>(others);
        all.put(field, message);
        return all;
    }

    public List<PhiDetector.Finding> findings() {
        return findings;
    }

    /** The form field whose text the findings index. */
    public String field() {
        return field;
    }

    private static String message(String what, List<PhiDetector.Finding> findings) {
        return "Your " + what + (what.endsWith("s") ? " seem" : " seems") + " to contain " + findings.stream()
                .map(f -> f.kind().description()).distinct().collect(Collectors.joining(", "))
                + ". Remove anything that could identify a person served.";
    }
}
