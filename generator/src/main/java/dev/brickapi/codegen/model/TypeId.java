package dev.brickapi.codegen.model;

/** Identity of a type definition: the document that defines it and the JSON pointer of its schema. */
public record TypeId(String document, String pointer) implements Comparable<TypeId> {
  @Override
  public int compareTo(TypeId o) {
    int c = document.compareTo(o.document);
    return c != 0 ? c : pointer.compareTo(o.pointer);
  }

  @Override
  public String toString() {
    return document + "#" + pointer;
  }
}
