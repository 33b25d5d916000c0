package org.peerpath.assessment;

import org.peerpath.content.QuestionDefinition;
import org.peerpath.content.QuestionDefinition.Type;

import java.util.ArrayList;
import java.util.List;
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
