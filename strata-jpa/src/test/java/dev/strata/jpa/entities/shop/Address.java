package dev.strata.jpa.entities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 100)
    String street;
    String city;
    @Column(name = "postal_code", length = 10)
    String postalCode;
}
