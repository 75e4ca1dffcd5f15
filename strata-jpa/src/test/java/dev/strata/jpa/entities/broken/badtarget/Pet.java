package dev.strata.jpa.entities.broken.badtarget;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Pet {
    @Id
    Long id;

    /** Not an entity: Hibernate cannot map the association. */
    @ManyToOne
    Owner owner;

    public static class Owner {
        Long id;
    }
}
