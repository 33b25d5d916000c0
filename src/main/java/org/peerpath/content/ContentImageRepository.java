package org.peerpath.content;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentImageRepository extends JpaRepository<ContentImage, Long> {
}
