package org.peerpath.content;

import java.util.List;

/**
 * A question from a module's bank, including its answer key. Fields that a type does not use are empty lists or
 * null: {@code answer} holds the correct option ids (choice types), {@code answerTrue} the TRUE_FALSE answer,
 * item order is the correct order for ORDERING.
 */
public record QuestionDefinition(String id, Type type, List<String> tags, String prompt, String scenario,
                                 List<Option> options, List<String> answer, Boolean answerTrue,
                                 List<Category> categories, List<Item> items, List<RubricCriterion> rubric,
                                 String sampleAnswer, String explanation) {

    public enum Type {
        SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, SCENARIO, CLASSIFICATION, ORDERING, WRITTEN
    }

    public record Option(String id, String text, String feedback) {
    }

    public record Category(String id, String label) {
    }

    /** A CLASSIFICATION item (with category and feedback) or an ORDERING item (both null). */
    public record Item(String id, String text, String category, String feedback) {
    }

    public record RubricCriterion(String criterion, int points) {
    }
}
