package dev.brickapi.codegen.model;

/** A fully qualified Java class name split into package and simple name. */
public record JavaName(String packageName, String simpleName) implements Comparable<JavaName> {
  public String qualified() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  @Override
  public int compareTo(JavaName o) {
    return qualified().compareTo(o.qualified());
  }

  @Override
  public String toString() {
    return qualified();
  }
}
