package org.peerpath.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question of a published module version; {@code definition} is the whole {@link QuestionDefinition} as JSON. */
@Entity
@Table(name = "content_question")
class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_version_id", nullable = false, updatable = false)
    private long moduleVersionId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private String questionId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String definition;

    protected Question() {
    }

    Question(long moduleVersionId, int position, QuestionDefinition question, String definition) {
        this.moduleVersionId = moduleVersionId;
        this.questionId = question.id();
        this.position = position;
        this.type = question.type().name();
        this.definition = definition;
    }

    String getQuestionId() {
        return questionId;
    }

    String getDefinition() {
        return definition;
    }
}
