package dev.strata.jpa.entities.inheritance;

import jakarta.persistence.Entity;

@Entity
public class Receipt extends Document {
    String paidBy;
}
