package com.restwise.records;

/** A physiotherapist's client (or a shopper's own "My results"). */
public record Client(long id, String name, String notes) {}
