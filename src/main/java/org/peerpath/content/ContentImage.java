package org.peerpath.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An image of a published module version. Lessons embed it when they are rendered. */
@Entity
@Table(name = "content_image")
class ContentImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_version_id", nullable = false, updatable = false)
    private long moduleVersionId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(nullable = false, updatable = false, columnDefinition = "mediumblob")
    private byte[] bytes;

    protected ContentImage() {
    }

    ContentImage(long moduleVersionId, LessonImage image) {
        this.moduleVersionId = moduleVersionId;
        this.name = image.name();
        this.mediaType = image.mediaType();
        this.bytes = image.bytes();
    }
}
