package dev.strata.jpa.entities.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "invoices", schema = "billing")
public class Invoice {
    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    InvoiceState state;

    String[] labels;

    int[] amounts;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> payload;

    @Column(columnDefinition = "text collate \"C\" not null")
    String code;

    @ManyToOne
    Ledger ledger;

    public enum InvoiceState { DRAFT, SENT, PAID }
}
