package dev.brickapi.specs;

import java.util.Comparator;

/** One lint finding: {@code <document>: <json pointer>: <what is wrong> (<how to mend>)}. */
record Finding(String document, String pointer, String problem, String mend) implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::document)
      .thenComparing(Finding::pointer).thenComparing(Finding::problem).thenComparing(Finding::mend);

  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return document + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem + " (" + mend + ")";
  }
}
