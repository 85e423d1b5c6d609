package dev.brickapi.codegen.model;

/** Where a model element came from: document name and JSON pointer. */
public record Location(String document, String pointer) {}
