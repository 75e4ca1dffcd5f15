package dev.strata.jpa.entities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Category {
    @Id
    @GeneratedValue
    Long id;

    @Column(unique = true, nullable = false, length = 80)
    String name;

    @ManyToOne
    Category parent;
}
