package org.peerpath.content;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByModuleVersionIdOrderByPosition(long moduleVersionId);
}
