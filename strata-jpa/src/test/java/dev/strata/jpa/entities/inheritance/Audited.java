package dev.strata.jpa.entities.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.LocalDateTime;

@MappedSuperclass
public abstract class Audited {
    @Column(nullable = false)
    LocalDateTime createdAt;
    String createdBy;
}
