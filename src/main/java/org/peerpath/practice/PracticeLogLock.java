package org.peerpath.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row per trainee that serializes saving their entries; it holds nothing else. */
@Entity
@Table(name = "practice_log_lock")
class PracticeLogLock {

    @Id
    @Column(name = "trainee_id")
    private Long traineeId;

    protected PracticeLogLock() {
    }
}
