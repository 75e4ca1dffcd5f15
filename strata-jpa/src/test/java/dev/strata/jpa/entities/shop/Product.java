package dev.strata.jpa.entities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.ElementCollection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

@Entity
public class Product {
    @Id
    @Column(length = 40)
    String sku;

    @Column(nullable = false)
    String name;

    BigDecimal price;

    @Column(name = "weight_kg", columnDefinition = "numeric(8,3) default 0 not null")
    BigDecimal weight;

    @ManyToMany
    @JoinTable(name = "product_categories",
            joinColumns = @JoinColumn(name = "product_sku"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    Set<Category> categories;

    @ElementCollection
    @OrderColumn(name = "position")
    List<String> pictures;
}
