package dev.brickapi.codegen.model;

import java.util.List;

/** A group of operations (an OpenAPI tag) that becomes one Feign interface. */
public record Service(
    String tag,
    JavaName name,
    String description,
    DocumentInfo document,
    List<Operation> operations) {

  public Service {
    operations = List.copyOf(operations);
  }
}
