package dev.strata.jpa.entities.postgres;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ledger {
    @Id
    long id;
    String name;
}
