package dev.strata.jpa.entities.features;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.GeneratedColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Nationalized;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;

@Entity
@Table(name = "accounts",
        indexes = @Index(name = "ux_accounts_handle", columnList = "handle", unique = true),
        uniqueConstraints = @UniqueConstraint(columnNames = {"region", "number"}))
@SecondaryTable(name = "account_settings")
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @Column(nullable = false, length = 30)
    String handle;

    @Column(length = 2)
    String region;

    Long number;

    @OneToOne
    Account successor;

    @Column(nullable = false)
    @Convert(converter = YesNo.class)
    Boolean verified;

    @Nationalized
    @Column(length = 60)
    String displayName;

    @Lob
    byte[] photo;

    Duration sessionLength;
    LocalTime quietFrom;
    ZonedDateTime lastSeen;

    int price;
    int quantity;

    @GeneratedColumn("price * quantity")
    Integer total;

    @Formula("price * 2")
    Integer doublePrice;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> preferences;

    @Column(length = 5000)
    String about;

    @Column(length = 100000)
    String essay;

    @Column(table = "account_settings", length = 20)
    String theme;

    @Column(table = "account_settings")
    boolean newsletter;
}
