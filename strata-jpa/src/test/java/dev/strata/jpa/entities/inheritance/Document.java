package dev.strata.jpa.entities.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.TableGenerator;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document extends Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "document_ids")
    @TableGenerator(name = "document_ids", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_value")
    Long id;
    String title;
}
