package dev.brickapi.client;

import dev.brickapi.client.service.clusters.v21.SparkVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Databricks Runtime version: the {@code key} of {@code clusters().listSparkVersions()}, which a cluster takes as
 * {@code spark_version}, parsed, ordered and formatted back unchanged. The grammar:
 *
 * <pre>
 * version  = custom | light | runtime
 * runtime  = major [ "." feature ] ".x" { "-" tag } "-scala" scala     18.x-scala2.13, 17.3.x-scala2.13,
 *                                                                      15.4.x-cpu-ml-scala2.12, 10.4.x-esr-scala2.12
 * light    = "apache-spark-" major "." feature ".x-scala" scala      apache-spark-2.4.x-scala2.11 (Databricks Light)
 * custom   = "custom:" image                                           custom images, kept as they are
 * tag      = lower-case letters and digits: cpu, gpu, ml, photon, aarch64, esr, hls, genomics, snapshot, ...
 * scala    = digits { "." digits }                                     2.12, 2.13
 * </pre>
 *
 * <p>A key alone does not say whether the runtime has long-term support: the API's {@code name} does
 * ("15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"). {@link #of(SparkVersion)} and {@link #parse(String, String)}
 * read it, so {@link #lts()}, {@link #beta()} and {@link #sparkVersion()} are known; from {@link #parse(String)} they
 * are false and null.
 *
 * <p>Ordered by major version, feature version (a major-only {@code 18.x} before {@code 18.0.x}), Scala version,
 * then text; Databricks Light sorts by its Spark version, custom images last.
 *
 * <pre>{@code
 * RuntimeVersion v = RuntimeVersion.parse("15.4.x-gpu-ml-scala2.12");
 * v.major();          // 15
 * v.ml() && v.gpu();  // true
 * v.scalaVersion();   // "2.12"
 * }</pre>
 */
public final class RuntimeVersion implements Comparable<RuntimeVersion> {
  private static final Pattern RUNTIME = Pattern.compile(
      "(apache-spark-)?(\\d+)(?:\\.(\\d+))?\\.x((?:-[^-]+)*?)-scala(\\d+(?:\\.\\d+)*)");
  private static final Pattern TAG = Pattern.compile("[a-z0-9]+");
  private static final Pattern SPARK = Pattern.compile("Apache Spark (\\d+(?:\\.\\d+)*)");

  private final String text;
  private final boolean custom;
  private final boolean light;
  private final int major;
  private final int feature;
  private final List<String> tags;
  private final String scala;
  private final String name;

  private RuntimeVersion(String text, boolean custom, boolean light, int major, int feature, List<String> tags,
      String scala, String name) {
    this.text = text;
    this.custom = custom;
    this.light = light;
    this.major = major;
    this.feature = feature;
    this.tags = tags;
    this.scala = scala;
    this.name = name;
  }

  /** Parses a runtime version key; a clear {@link IllegalArgumentException} when it is not one. */
  public static RuntimeVersion parse(String text) {
    return parse(text, null);
  }

  /**
   * Parses a key with its descriptive name from the API (may be null), which says whether it is LTS or beta and
   * which Apache Spark version it includes.
   */
  public static RuntimeVersion parse(String text, String name) {
    Objects.requireNonNull(text, "runtime version");
    if (text.startsWith("custom:")) {
      if (text.length() == "custom:".length()) {
        throw new IllegalArgumentException("'custom:' runtime version without an image name");
      }
      return new RuntimeVersion(text, true, false, -1, -1, Collections.<String>emptyList(), null, name);
    }
    Matcher m = RUNTIME.matcher(text);
    if (!m.matches() || (m.group(1) != null && (m.group(3) == null || !m.group(4).isEmpty()))) {
      throw new IllegalArgumentException("'" + text + "' is not a Databricks Runtime version: expected "
          + "<major>[.<feature>].x[-tags]-scala<version> (e.g. 18.x-scala2.13, 15.4.x-cpu-ml-scala2.12), "
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
        m.group(3) == null ? -1 : Integer.parseInt(m.group(3)), Collections.unmodifiableList(tags), m.group(5), name);
  }

  /** The version of an entry of {@code listSparkVersions()}: its key, with LTS and beta read from its name. */
  public static RuntimeVersion of(SparkVersion version) {
    Objects.requireNonNull(version, "spark version");
    return parse(version.getKey(), version.getName());
  }

  /** The major version (13 of 13.3.x), -1 for custom images. */
  public int major() {
    return major;
  }

  /** The feature version (3 of 13.3.x), -1 when the key has none ({@code 18.x}) and for custom images. */
  public int feature() {
    return feature;
  }

  /** The tags between version and Scala version, in order ({@code [cpu, ml]}). */
  public List<String> tags() {
    return tags;
  }

  /** For GPU nodes ({@code -gpu-}). */
  public boolean gpu() {
    return tags.contains("gpu");
  }

  /** Databricks Runtime for Machine Learning ({@code -ml-}). */
  public boolean ml() {
    return tags.contains("ml");
  }

  /** With the Photon engine ({@code -photon-}). */
  public boolean photon() {
    return tags.contains("photon");
  }

  /** For ARM (Graviton) nodes ({@code -aarch64-}). */
  public boolean aarch64() {
    return tags.contains("aarch64");
  }

  /** Extended support release ({@code -esr-}). */
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

  /** Long-term support, as the API's name says ("15.4 LTS (...)"); false when parsed without a name. */
  public boolean lts() {
    return name != null && name.contains("LTS");
  }

  /** A beta or snapshot, as the name or key says ("17.0 (Beta)", {@code -snapshot-}). */
  public boolean beta() {
    return (name != null && name.contains("Beta")) || tags.contains("snapshot");
  }

  /** The Apache Spark version the name mentions ("3.5.0"), null when parsed without a name or it names none. */
  public String sparkVersion() {
    if (name == null) {
      return null;
    }
    Matcher m = SPARK.matcher(name);
    return m.find() ? m.group(1) : null;
  }

  /** The descriptive name given to {@link #parse(String, String)}, or null. */
  public String name() {
    return name;
  }

  /** The Scala version ({@code 2.12}), null for custom images. */
  public String scalaVersion() {
    return scala;
  }

  /** The version key, exactly as parsed. */
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

  /** Compares dotted version numbers ({@code 2.12} before {@code 2.13}, {@code 3.5} before {@code 3.5.1}). */
  static int compareDotted(String a, String b) {
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

  /** Equal when the keys are (the name is not compared). */
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
