package dev.brickapi.client.ext;

import dev.brickapi.client.RuntimeVersion;
import dev.brickapi.client.service.clusters.v21.SparkVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which Databricks Runtime to pick from {@code clusters().listSparkVersions()}: criteria that every chosen version
 * meets, and {@link #latest()} to take the newest when several do. Used by {@link ClusterHelpers#selectSparkVersion}.
 *
 * <p>The flavours are exact: without {@link #ml()} no ML runtime is chosen, without {@link #gpu()} no GPU runtime,
 * likewise {@link #photon()}, {@link #graviton()} ({@code aarch64}), {@link #esr()} and {@link #beta()} (betas and
 * snapshots). Without {@link #scala} any Scala version matches, so the newest one wins.
 *
 * <pre>{@code
 * String runtime = workspace.clusterHelpers().selectSparkVersion(new SparkVersionSelector().latest().longTermSupport());
 * String ml = workspace.clusterHelpers().selectSparkVersion(new SparkVersionSelector().latest().ml().gpu().scala("2.12"));
 * }</pre>
 */
public final class SparkVersionSelector {
  private boolean latest;
  private boolean lts;
  private boolean ml;
  private boolean gpu;
  private boolean photon;
  private boolean graviton;
  private boolean esr;
  private boolean beta;
  private String scala;
  private String sparkVersion;

  /** When several versions match, the newest ({@link RuntimeVersion} order); without it that is an error. */
  public SparkVersionSelector latest() {
    latest = true;
    return this;
  }

  /** Long-term support only, as the API's name of the version says ("15.4 LTS (...)"). */
  public SparkVersionSelector longTermSupport() {
    lts = true;
    return this;
  }

  /** Databricks Runtime for Machine Learning ({@code -ml-}). */
  public SparkVersionSelector ml() {
    ml = true;
    return this;
  }

  /** For GPU nodes ({@code -gpu-}); with {@link #ml()} for the GPU ML runtime. */
  public SparkVersionSelector gpu() {
    gpu = true;
    return this;
  }

  /** With the Photon engine ({@code -photon-}). */
  public SparkVersionSelector photon() {
    photon = true;
    return this;
  }

  /** For ARM (Graviton) nodes ({@code -aarch64-}). */
  public SparkVersionSelector graviton() {
    graviton = true;
    return this;
  }

  /** Extended support releases ({@code -esr-}). */
  public SparkVersionSelector esr() {
    esr = true;
    return this;
  }

  /** Betas and snapshots. */
  public SparkVersionSelector beta() {
    beta = true;
    return this;
  }

  /** Scala version {@code 2.12} or {@code 2.13}. */
  public SparkVersionSelector scala(String version) {
    scala = Objects.requireNonNull(version, "scala");
    return this;
  }

  /** The Apache Spark version the runtime includes: {@code 3.5} matches 3.5.0 and 3.5.2, {@code 3.5.0} only that. */
  public SparkVersionSelector sparkVersion(String version) {
    sparkVersion = Objects.requireNonNull(version, "sparkVersion");
    return this;
  }

  /** Whether {@code v} meets every criterion. */
  public boolean matches(RuntimeVersion v) {
    if (v.custom() || v.ml() != ml || v.gpu() != gpu || v.photon() != photon || v.aarch64() != graviton
        || v.esr() != esr || v.beta() != beta || (lts && !v.lts())) {
      return false;
    }
    if (scala != null && !scala.equals(v.scalaVersion())) {
      return false;
    }
    if (sparkVersion != null) {
      String included = v.sparkVersion();
      return included != null && (included.equals(sparkVersion) || included.startsWith(sparkVersion + "."));
    }
    return true;
  }

  /**
   * The key of the one matching version ({@link #latest()}: of the newest).
   *
   * @throws NoSuchElementException when none matches, or several do without {@link #latest()}; the message names
   *     the criteria and the versions there are
   */
  public String select(List<SparkVersion> versions) {
    List<RuntimeVersion> all = new ArrayList<>();
    for (SparkVersion v : versions == null ? Collections.<SparkVersion>emptyList() : versions) {
      try {
        all.add(RuntimeVersion.of(v));
      } catch (IllegalArgumentException notARuntime) {
        continue;
      }
    }
    List<RuntimeVersion> matching = all.stream().filter(this::matches).sorted().collect(Collectors.toList());
    if (matching.isEmpty()) {
      Collections.sort(all, Collections.reverseOrder());
      throw new NoSuchElementException("No runtime version of the workspace is " + criteria() + "; it has " + all.size()
          + (all.isEmpty() ? "" : ": " + keys(all)));
    }
    if (matching.size() > 1 && !latest) {
      throw new NoSuchElementException(matching.size() + " runtime versions are " + criteria() + ": " + keys(matching)
          + "; add latest() to take the newest, or narrow the selector");
    }
    return matching.get(matching.size() - 1).format();
  }

  private static String keys(List<RuntimeVersion> versions) {
    String shown = versions.stream().limit(12).map(RuntimeVersion::format).collect(Collectors.joining(", "));
    return versions.size() > 12 ? shown + ", ..." : shown;
  }

  /** The criteria, as the errors name them ("latest, LTS, not ML, not GPU, not Photon, Scala 2.13"). */
  @Override
  public String toString() {
    return latest ? "latest, " + criteria() : criteria();
  }

  private String criteria() {
    List<String> parts = new ArrayList<>();
    if (lts) {
      parts.add("LTS");
    }
    parts.add(ml ? "ML" : "not ML");
    parts.add(gpu ? "GPU" : "not GPU");
    parts.add(photon ? "Photon" : "not Photon");
    if (graviton) {
      parts.add("Graviton");
    }
    if (esr) {
      parts.add("ESR");
    }
    if (beta) {
      parts.add("beta");
    }
    if (scala != null) {
      parts.add("Scala " + scala);
    }
    if (sparkVersion != null) {
      parts.add("Apache Spark " + sparkVersion);
    }
    return String.join(", ", parts);
  }
}
