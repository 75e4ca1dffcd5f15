package dev.strata.jpa.entities.features;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;

/** Not a table: a query Hibernate reads from; nothing of it is created. */
@Entity
@Immutable
@Subselect("select id, handle from accounts")
public class AccountSummary {
    @Id
    Integer id;
    String handle;
}
