package dev.strata.jpa.entities.empty;

public class NotAnEntity {
    String name;
}
