package dev.strata.jpa.entities.broken.noid;

import jakarta.persistence.Entity;

@Entity
public class Orphan {
    String name;
}
