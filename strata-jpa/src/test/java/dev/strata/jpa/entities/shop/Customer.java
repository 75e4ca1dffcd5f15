package dev.strata.jpa.entities.shop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "customers",
        indexes = {@Index(name = "ix_customers_last_name", columnList = "lastName, firstName"),
                @Index(name = "ix_customers_created", columnList = "createdAt DESC")},
        uniqueConstraints = @UniqueConstraint(name = "uk_customers_name", columnNames = {"firstName", "lastName"}))
@Check(name = "ck_customers_loyalty", constraints = "loyalty >= 0")
@Comment("people who buy")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 200)
    String email;

    String firstName;
    String lastName;

    @Embedded
    Address address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Status status;

    @Enumerated(EnumType.ORDINAL)
    Tier tier;

    @Column(precision = 12, scale = 2)
    BigDecimal credit;

    @Column(columnDefinition = "text")
    String notes;

    @ColumnDefault("0")
    @Comment("points earned")
    int loyalty;

    @Lob
    String biography;

    byte[] avatar;
    Instant createdAt;
    LocalDate birthday;
    boolean active;
    UUID externalId;
    double score;
    float ratio;
    short rank;
    Character initial;

    @ElementCollection
    @CollectionTable(name = "customer_tags")
    @Column(name = "tag", length = 50)
    Set<String> tags;

    public enum Status { ACTIVE, SUSPENDED, CLOSED }

    public enum Tier { BRONZE, SILVER, GOLD }
}
