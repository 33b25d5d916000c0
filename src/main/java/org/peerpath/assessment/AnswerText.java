package org.peerpath.assessment;

import org.peerpath.content.QuestionDefinition;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Answers and answer keys in words, for the review after submission. */
final class AnswerText {

    private AnswerText() {
    }

    /** Several options in one line: "; " between them, without the full stop that ends an option's own sentence. */
    private static final java.util.stream.Collector<String, ?, String> LIST = Collectors.collectingAndThen(
            Collectors.toList(), texts -> texts.size() == 1 ? texts.getFirst()
                    : texts.stream().map(t -> t.endsWith(".") ? t.substring(0, t.length() - 1) : t).collect(Collectors.joining("; ")));

    static String given(QuestionDefinition q, Answer answer) {
        if (answer == null) {
            return "No answer";
        }
        Map<String, String> options = q.options().stream().collect(Collectors.toMap(QuestionDefinition.Option::id, QuestionDefinition.Option::text));
        Map<String, String> items = q.items().stream().collect(Collectors.toMap(QuestionDefinition.Item::id, QuestionDefinition.Item::text));
        Map<String, String> categories = q.categories().stream().collect(Collectors.toMap(QuestionDefinition.Category::id, QuestionDefinition.Category::label));
        return switch (answer) {
            case Answer.Choice c -> options.getOrDefault(c.optionId(), "No answer");
            case Answer.MultipleResponse m -> m.optionIds().isEmpty() ? "No answer" : q.options().stream()
                    .filter(o -> m.optionIds().contains(o.id())).map(QuestionDefinition.Option::text).collect(LIST);
            case Answer.TrueFalse t -> t.value() ? "True" : "False";
            case Answer.Classification c -> q.items().stream().filter(i -> c.placements().containsKey(i.id()))
                    .map(i -> i.text() + " → " + categories.getOrDefault(c.placements().get(i.id()), "?"))
                    .collect(Collectors.joining("; "));
            case Answer.Ordering o -> o.itemIds().stream().map(id -> items.getOrDefault(id, "?")).collect(Collectors.joining(" → "));
            case Answer.Written w -> w.text();
        };
    }

    static String key(QuestionDefinition q) {
        Function<String, String> option = id -> q.options().stream().filter(o -> o.id().equals(id))
                .map(QuestionDefinition.Option::text).findFirst().orElse(id);
        return switch (q.type()) {
            case SINGLE_CHOICE, SCENARIO, MULTIPLE_RESPONSE -> q.answer().stream().map(option).collect(LIST);
            case TRUE_FALSE -> Boolean.TRUE.equals(q.answerTrue()) ? "True" : "False";
            case CLASSIFICATION -> {
                Map<String, String> categories = q.categories().stream()
                        .collect(Collectors.toMap(QuestionDefinition.Category::id, QuestionDefinition.Category::label));
                yield q.items().stream().sorted(Comparator.comparing(QuestionDefinition.Item::category))
                        .map(i -> i.text() + " → " + categories.get(i.category())).collect(Collectors.joining("; "));
            }
            case ORDERING -> q.items().stream().map(QuestionDefinition.Item::text).collect(Collectors.joining(" → "));
            case WRITTEN -> q.sampleAnswer() == null ? "" : "A strong answer: " + q.sampleAnswer();
        };
    }

    static List<String> rubric(QuestionDefinition q) {
        return q.rubric().stream().map(r -> r.criterion() + " (" + r.points() + ")").toList();
    }
}
