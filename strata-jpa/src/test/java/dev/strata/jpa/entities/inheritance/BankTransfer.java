package dev.strata.jpa.entities.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "payment_id")
public class BankTransfer extends Payment {
    String iban;
}
