package org.peerpath.assessment;

import org.peerpath.content.QuestionDefinition;
import org.peerpath.content.QuestionDefinition.Type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.random.RandomGenerator;

/**
 * A question as it may be sent to the browser before the attempt is submitted: no answer key, no feedback,
 * no explanation, no sample answer, no item categories, options and items in a per-attempt shuffled order.
 * Types, not discipline, keep the key out: this record has no field that could hold it.
 */
public record PresentedQuestion(String id, Type type, String prompt, String scenario, List<Choice> options,
                                List<Choice> categories, List<Choice> items, int maxRubricPoints) {

    /** An option, category or item: only what a trainee sees. */
    public record Choice(String id, String text) {
    }

    public PresentedQuestion {
        options = List.copyOf(options);
        categories = List.copyOf(categories);
        items = List.copyOf(items);
    }

    /** The longest written answer kept (the answer field in the browser stops there too). */
    public static final int MAX_WRITTEN_LENGTH = 4000;

    /**
     * Why {@code answer} cannot be saved for this question as presented, or empty when it can: it must be of the
     * question's kind and name only options, items and categories the question shows (an ordering, every item
     * once). An answer that does not fit would otherwise fail at grading and keep the attempt from closing.
     */
    public Optional<String> problemWith(Answer answer) {
        Set<String> optionIds = ids(options);
        Set<String> itemIds = ids(items);
        String problem = switch (type) {
            case SINGLE_CHOICE, SCENARIO -> answer instanceof Answer.Choice(String id)
                    ? (id == null || optionIds.contains(id) ? null : NOT_SHOWN) : wrongKind("one of its options");
            case MULTIPLE_RESPONSE -> answer instanceof Answer.MultipleResponse(Set<String> ids)
                    ? (optionIds.containsAll(ids) ? null : NOT_SHOWN) : wrongKind("a choice of its options");
            case TRUE_FALSE -> answer instanceof Answer.TrueFalse ? null : wrongKind("true or false");
            case CLASSIFICATION -> answer instanceof Answer.Classification(Map<String, String> placements)
                    ? (itemIds.containsAll(placements.keySet()) && ids(categories).containsAll(placements.values()) ? null : NOT_SHOWN)
                    : wrongKind("a category for each item");
            case ORDERING -> answer instanceof Answer.Ordering(List<String> ids)
                    ? (ids.size() == itemIds.size() && itemIds.equals(new HashSet<>(ids)) ? null
                    : "An order lists each of the question's items once. Reload the page and order them again.")
                    : wrongKind("its items in an order");
            case WRITTEN -> answer instanceof Answer.Written(String text)
                    ? (text != null && text.length() > MAX_WRITTEN_LENGTH
                    ? "A written answer has at most " + MAX_WRITTEN_LENGTH + " characters; this one has " + text.length() + "." : null)
                    : wrongKind("a written answer");
        };
        return Optional.ofNullable(problem);
    }

    private static final String NOT_SHOWN = "This answer names a choice the question does not offer. Reload the page and answer again.";

    private static String wrongKind(String expected) {
        return "This answer does not fit the question, which takes " + expected + ". Reload the page and answer again.";
    }

    private static Set<String> ids(List<Choice> choices) {
        return choices.stream().map(Choice::id).collect(Collectors.toSet());
    }

    public static PresentedQuestion of(QuestionDefinition q, RandomGenerator random) {
        List<Choice> options = shuffled(q.options().stream().map(o -> new Choice(o.id(), o.text())).toList(), random);
        List<Choice> categories = q.categories().stream().map(c -> new Choice(c.id(), c.label())).toList();
        List<Choice> correctItems = q.items().stream().map(i -> new Choice(i.id(), i.text())).toList();
        List<Choice> items = shuffled(correctItems, random);
        if (q.type() == Type.ORDERING && items.size() > 1 && items.equals(correctItems)) {
            // Showing the items in the right order would give the answer away: rotate them by one.
            items = new ArrayList<>(items.subList(1, items.size()));
            items.add(correctItems.getFirst());
        }
        int maxPoints = q.rubric().stream().mapToInt(QuestionDefinition.RubricCriterion::points).sum();
        return new PresentedQuestion(q.id(), q.type(), q.prompt(), q.scenario(), options, categories, items, maxPoints);
    }

    private static List<Choice> shuffled(List<Choice> choices, RandomGenerator random) {
        List<Choice> copy = new ArrayList<>(choices);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }
}
