package dev.brickapi.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Databricks Runtime version string ({@code spark_version} of a cluster), parsed and formatted back unchanged:
 * {@code 13.3.x-scala2.12}, {@code 7.6.x-gpu-ml-scala2.12}, {@code 13.3.x-cpu-ml-scala2.12},
 * {@code 11.3.x-photon-scala2.12}, {@code 10.4.x-esr-scala2.12}, {@code apache-spark-2.4.x-scala2.11}
 * (Databricks Light) and {@code custom:...} (custom images, kept as they are). Ordered by major, feature,
 * Scala version, then text; custom versions sort last.
 */
public final class RuntimeVersion implements Comparable<RuntimeVersion> {
  private static final Pattern STANDARD = Pattern.compile(
      "(apache-spark-)?(\\d+)\\.(\\d+)\\.x((?:-[a-z0-9]+)*?)-scala(\\d+\\.\\d+)");
  private static final Pattern TAG = Pattern.compile("[a-z0-9]+");

  private final String text;
  private final boolean custom;
  private final boolean light;
  private final int major;
  private final int feature;
  private final List<String> tags;
  private final String scala;

  private RuntimeVersion(String text, boolean custom, boolean light, int major, int feature, List<String> tags,
      String scala) {
    this.text = text;
    this.custom = custom;
    this.light = light;
    this.major = major;
    this.feature = feature;
    this.tags = tags;
    this.scala = scala;
  }

  /** Parses a runtime version string; a clear {@link IllegalArgumentException} when it is not one. */
  public static RuntimeVersion parse(String text) {
    Objects.requireNonNull(text, "runtime version");
    if (text.startsWith("custom:")) {
      if (text.length() == "custom:".length()) {
        throw new IllegalArgumentException("'custom:' runtime version without an image name");
      }
      return new RuntimeVersion(text, true, false, -1, -1, Collections.<String>emptyList(), null);
    }
    Matcher m = STANDARD.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a Databricks Runtime version: expected "
          + "<major>.<feature>.x[-tags]-scala<version> (e.g. 13.3.x-cpu-ml-scala2.12), "
          + "apache-spark-<major>.<feature>.x-scala<version> or custom:<image>");
    }
    List<String> tags = new ArrayList<>();
    for (String tag : m.group(4).split("-")) {
      if (!tag.isEmpty()) {
        if (!TAG.matcher(tag).matches()) {
          throw new IllegalArgumentException("'" + text + "': tag '" + tag + "' is not lower-case letters and digits");
        }
        tags.add(tag);
      }
    }
    return new RuntimeVersion(text, false, m.group(1) != null, Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), Collections.unmodifiableList(tags), m.group(5));
  }

  /** The major version (13 of 13.3.x), -1 for custom images. */
  public int major() {
    return major;
  }

  /** The feature version (3 of 13.3.x), -1 for custom images. */
  public int feature() {
    return feature;
  }

  /** The tags between version and Scala version, in order ({@code [cpu, ml]}). */
  public List<String> tags() {
    return tags;
  }

  public boolean gpu() {
    return tags.contains("gpu");
  }

  /** Databricks Runtime for Machine Learning. */
  public boolean ml() {
    return tags.contains("ml");
  }

  public boolean photon() {
    return tags.contains("photon");
  }

  /** Extended support release. */
  public boolean esr() {
    return tags.contains("esr");
  }

  /** Databricks Light ({@code apache-spark-...}). */
  public boolean light() {
    return light;
  }

  public boolean custom() {
    return custom;
  }

  /** The Scala version ({@code 2.12}), null for custom images. */
  public String scalaVersion() {
    return scala;
  }

  /** The version string, exactly as parsed. */
  public String format() {
    return text;
  }

  @Override
  public int compareTo(RuntimeVersion other) {
    if (custom != other.custom) {
      return custom ? 1 : -1;
    }
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(feature, other.feature);
    }
    if (c == 0 && scala != null && other.scala != null) {
      c = compareDotted(scala, other.scala);
    }
    return c != 0 ? c : text.compareTo(other.text);
  }

  private static int compareDotted(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuntimeVersion && ((RuntimeVersion) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
