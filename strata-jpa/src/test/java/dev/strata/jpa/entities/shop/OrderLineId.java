package dev.strata.jpa.entities.shop;

import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class OrderLineId implements Serializable {
    Long orderId;
    int lineNo;

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLineId id && id.orderId.equals(orderId) && id.lineNo == lineNo;
    }

    @Override
    public int hashCode() {
        return orderId.hashCode() * 31 + lineNo;
    }
}
