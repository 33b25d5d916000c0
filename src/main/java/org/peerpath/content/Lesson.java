package org.peerpath.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lesson of a published module version, with its HTML rendered once at import. */
@Entity
@Table(name = "content_lesson")
class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_version_id", nullable = false, updatable = false)
    private long moduleVersionId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private String lessonId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String markdown;

    @Column(nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String html;

    protected Lesson() {
    }

    Lesson(long moduleVersionId, LessonDefinition lesson, String html) {
        this.moduleVersionId = moduleVersionId;
        this.lessonId = lesson.id();
        this.position = lesson.position();
        this.title = lesson.title();
        this.minutes = lesson.minutes();
        this.markdown = lesson.markdown();
        this.html = html;
    }

    long getModuleVersionId() {
        return moduleVersionId;
    }

    String getLessonId() {
        return lessonId;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    int getMinutes() {
        return minutes;
    }

    String getHtml() {
        return html;
    }
}
