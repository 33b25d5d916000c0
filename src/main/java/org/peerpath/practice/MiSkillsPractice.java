package org.peerpath.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "mi_skills_practice")
class MiSkillsPractice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "practised_on", nullable = false, updatable = false)
    private LocalDate practisedOn;

    @Column(name = "open_questions", nullable = false, updatable = false)
    private int openQuestions;

    @Column(name = "closed_questions", nullable = false, updatable = false)
    private int closedQuestions;

    @Column(name = "simple_reflections", nullable = false, updatable = false)
    private int simpleReflections;

    @Column(name = "complex_reflections", nullable = false, updatable = false)
    private int complexReflections;

    @Column(nullable = false, updatable = false)
    private int affirmations;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MiSkillsPractice() {
    }

    MiSkillsPractice(long traineeId, LocalDate practisedOn, MiSkills counts, Instant now) {
        this.traineeId = traineeId;
        this.practisedOn = practisedOn;
        this.openQuestions = counts.openQuestions();
        this.closedQuestions = counts.closedQuestions();
        this.simpleReflections = counts.simpleReflections();
        this.complexReflections = counts.complexReflections();
        this.affirmations = counts.affirmations();
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    long getTraineeId() {
        return traineeId;
    }

    /** For the audit trail. */
    java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("practisedOn", String.valueOf(practisedOn));
        values.put("openQuestions", openQuestions);
        values.put("closedQuestions", closedQuestions);
        values.put("simpleReflections", simpleReflections);
        values.put("complexReflections", complexReflections);
        values.put("affirmations", affirmations);
        return values;
    }

    LocalDate getPractisedOn() {
        return practisedOn;
    }

    MiSkills counts() {
        return new MiSkills(openQuestions, closedQuestions, simpleReflections, complexReflections, affirmations);
    }
}
