package dev.strata.jpa.entities.inheritance;

import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
public class Invoice extends Document {
    BigDecimal total;
}
