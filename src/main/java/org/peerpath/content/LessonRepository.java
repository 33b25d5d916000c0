package org.peerpath.content;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    List<Lesson> findByModuleVersionIdOrderByPosition(long moduleVersionId);

    Optional<Lesson> findByModuleVersionIdAndLessonId(long moduleVersionId, String lessonId);
}
