package dev.brickapi.codegen.naming;

import java.util.HashSet;
import java.util.Set;

/** Hands out names unique within one scope (a class's members, a package's classes). */
public final class NameTable {

  private final Set<String> taken = new HashSet<>();

  public NameTable(String... reserved) {
    taken.addAll(Set.of(reserved));
  }

  public boolean isTaken(String name) {
    return taken.contains(name);
  }

  /** {@code wanted} if free, else {@code wanted2}, {@code wanted3}, ... */
  public String allocate(String wanted) {
    String name = wanted;
    for (int i = 2; !taken.add(name); i++) {
      name = wanted + i;
    }
    return name;
  }
}
