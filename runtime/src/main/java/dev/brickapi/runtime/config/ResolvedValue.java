package dev.brickapi.runtime.config;

/** A configuration value and where it came from ("builder", "env DATABRICKS_HOST", "~/.databrickscfg [dev]"). */
public final class ResolvedValue {
  private final String value;
  private final String source;

  public ResolvedValue(String value, String source) {
    this.value = value;
    this.source = source;
  }

  public String value() {
    return value;
  }

  public String source() {
    return source;
  }
}
