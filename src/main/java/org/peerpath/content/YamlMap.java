package org.peerpath.content;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A YAML mapping read field by field, reporting problems with the line they are on. Getters return null (or an
 * empty list) after reporting, so reading goes on and finds every problem in the file.
 */
final class YamlMap {

    static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final Node node;
    private final String what;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, Node node, String what, Problems problems) {
        this.file = file;
        this.node = node;
        this.what = what;
        this.problems = problems;
    }

    /** Null (after reporting) when {@code node} is not a mapping. */
    static YamlMap of(String file, Node node, String what, Set<String> allowed, Problems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(file, line(node), what + " must be a mapping of 'field: value' lines.");
            return null;
        }
        YamlMap map = new YamlMap(file, node, what, problems);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (!allowed.contains(key)) {
                problems.add(file, line(tuple.getKeyNode()), "Unknown field '" + key + "' in " + what
                        + ". Allowed fields: " + String.join(", ", allowed) + ". Check the spelling or remove it.");
            } else if (map.entries.containsKey(key)) {
                problems.add(file, line(tuple.getKeyNode()), "Field '" + key + "' appears twice in " + what
                        + ". Keep one.");
            } else {
                map.entries.put(key, tuple);
            }
        }
        return map;
    }

    /** Field names in the order an author should read them in a message. */
    static Set<String> fields(String... names) {
        return new java.util.LinkedHashSet<>(List.of(names));
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    int line() {
        return line(node);
    }

    /** The line of {@code key}, or of the mapping when the key is missing. */
    int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Node node(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                problems.add(file, tuple == null ? line() : line(tuple.getKeyNode()),
                        "Missing required field '" + key + "' in " + what + ". Add it (see course-content/README.md).");
            }
            return null;
        }
        return tuple.getValueNode();
    }

    void problem(String key, String message) {
        Node value = entries.containsKey(key) ? entries.get(key).getValueNode() : null;
        problems.add(file, value == null ? line(key) : line(value), message);
    }

    void problem(Node at, String message) {
        problems.add(file, line(at), message);
    }

    String string(String key, boolean required) {
        Node value = node(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            problem(key, "Field '" + key + "' in " + what + " must be text, not a list or mapping.");
            return null;
        }
        String text = scalar.getValue();
        if (required && text.isBlank()) {
            problem(key, "Field '" + key + "' in " + what + " is empty. Write the text.");
            return null;
        }
        return text;
    }

    /** An id: kebab-case text that YAML does not read as a boolean or a number. */
    String id(String key, boolean kebab) {
        Node value = node(key, true);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            problem(key, "Field '" + key + "' in " + what + " must be an id, not a list or mapping.");
            return null;
        }
        if (scalar.getTag().equals(Tag.BOOL)) {
            problem(key, "Id '" + scalar.getValue() + "' in " + what
                    + " is read as a yes/no value by YAML 1.1 tools. Choose another id.");
        }
        if (kebab && !KEBAB.matcher(scalar.getValue()).matches()) {
            problem(key, "Id '" + scalar.getValue() + "' in " + what
                    + " must be kebab-case: lower-case letters and digits joined by single hyphens.");
        }
        return scalar.getValue();
    }

    Integer integer(String key, boolean required) {
        Node value = node(key, required);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Integer.valueOf(scalar.getValue());
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        problem(key, "Field '" + key + "' in " + what + " must be a whole number, like 3.");
        return null;
    }

    BigDecimal number(String key, boolean required) {
        Node value = node(key, required);
        return value == null ? null : number(value, "Field '" + key + "' in " + what);
    }

    BigDecimal number(Node value, String label) {
        if (value instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                return new BigDecimal(scalar.getValue());
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        problems.add(file, line(value), label + " must be a number, like 2 or 1.5.");
        return null;
    }

    /** The items of a list field; empty (after reporting) when missing or not a list. */
    List<Node> list(String key, boolean required) {
        Node value = node(key, required);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problem(key, "Field '" + key + "' in " + what + " must be a list.");
            return List.of();
        }
        return sequence.getValue();
    }

    List<String> strings(String key, boolean required) {
        List<String> result = new ArrayList<>();
        for (Node item : list(key, required)) {
            if (item instanceof ScalarNode scalar) {
                result.add(scalar.getValue());
            } else {
                problem(item, "Each entry of '" + key + "' in " + what + " must be a single value.");
            }
        }
        return result;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }
}
