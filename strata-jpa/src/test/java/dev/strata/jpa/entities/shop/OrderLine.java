package dev.strata.jpa.entities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import org.hibernate.annotations.Check;

@Entity
public class OrderLine {
    @EmbeddedId
    OrderLineId id;

    @MapsId("orderId")
    @ManyToOne
    Order order;

    @ManyToOne(optional = false)
    Product product;

    @Check(constraints = "quantity > 0")
    @Column(nullable = false)
    Integer quantity;
}
