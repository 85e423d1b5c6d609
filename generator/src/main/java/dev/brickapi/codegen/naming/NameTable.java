package dev.brickapi.codegen.naming;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * One scope of names, NameAllocator-style: a class's fields, a class's methods, a method's parameters and
 * locals, a package's classes. Reserved names are never handed out; {@link #allocate} gives the wanted name
 * when it is free and otherwise the first free of {@code wanted2}, {@code wanted3}, ... A {@link #copy()} is
 * a nested scope (a method's locals around the fields of its class).
 */
public final class NameTable {

  private final Set<String> taken;

  public NameTable(String... reserved) {
    this.taken = new HashSet<>(Set.of(reserved));
  }

  public NameTable(Collection<String> reserved) {
    this.taken = new HashSet<>(reserved);
  }

  private NameTable(Set<String> taken, boolean copy) {
    this.taken = new HashSet<>(taken);
  }

  public boolean isTaken(String name) {
    return taken.contains(name);
  }

  /** Takes {@code names} without handing them out (names declared elsewhere, or reserved). */
  public NameTable reserve(Collection<String> names) {
    taken.addAll(names);
    return this;
  }

  /** A new scope that starts with everything this one has taken. */
  public NameTable copy() {
    return new NameTable(taken, true);
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
