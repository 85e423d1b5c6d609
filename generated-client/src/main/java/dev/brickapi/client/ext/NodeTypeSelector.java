package dev.brickapi.client.ext;

import dev.brickapi.client.service.clusters.v21.CloudProviderNodeInfo;
import dev.brickapi.client.service.clusters.v21.NodeInstanceType;
import dev.brickapi.client.service.clusters.v21.NodeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which node type to pick from {@code clusters().listNodeTypes()}: the smallest one (fewest GPUs, then least memory,
 * then fewest cores, then smallest local disk) that meets every criterion. Deprecated and hidden node types and those
 * the cloud does not offer here are never chosen. Used by {@link ClusterHelpers#selectNodeType}.
 *
 * <pre>{@code
 * String node = workspace.clusterHelpers().selectNodeType(new NodeTypeSelector().localDisk().minMemoryGb(16));
 * String gpu = workspace.clusterHelpers().selectNodeType(new NodeTypeSelector().minGpus(1));
 * }</pre>
 */
public final class NodeTypeSelector {
  private static final Comparator<NodeType> SMALLEST = Comparator
      .comparingInt((NodeType n) -> orZero(n.getNumGpus()))
      .thenComparingInt(n -> orZero(n.getMemoryMb()))
      .thenComparingDouble(n -> n.getNumCores() == null ? 0 : n.getNumCores())
      .thenComparingLong(NodeTypeSelector::localDiskGb)
      .thenComparing(n -> String.valueOf(n.getNodeTypeId()));

  private boolean localDisk;
  private int minMemoryGb;
  private int minCores;
  private int minGpus;
  private boolean photonWorker;
  private boolean photonDriver;
  private boolean graviton;
  private boolean ioCache;
  private String category;

  /** With at least one local disk (or local NVMe disk). */
  public NodeTypeSelector localDisk() {
    localDisk = true;
    return this;
  }

  /** With at least this much memory, in GB (1024 MB each). */
  public NodeTypeSelector minMemoryGb(int gb) {
    minMemoryGb = gb;
    return this;
  }

  /** With at least this many cores. */
  public NodeTypeSelector minCores(int cores) {
    minCores = cores;
    return this;
  }

  /** With at least this many GPUs (without it, GPU node types still match but lose to smaller ones). */
  public NodeTypeSelector minGpus(int gpus) {
    minGpus = gpus;
    return this;
  }

  /** With at least one GPU. */
  public NodeTypeSelector gpu() {
    return minGpus(Math.max(1, minGpus));
  }

  /** Able to run Photon, as driver and as worker. */
  public NodeTypeSelector photon() {
    photonWorker = true;
    photonDriver = true;
    return this;
  }

  /** Able to run Photon workers. */
  public NodeTypeSelector photonWorkerCapable() {
    photonWorker = true;
    return this;
  }

  /** Able to run a Photon driver. */
  public NodeTypeSelector photonDriverCapable() {
    photonDriver = true;
    return this;
  }

  /** AWS Graviton (ARM) processors. */
  public NodeTypeSelector graviton() {
    graviton = true;
    return this;
  }

  /** With the disk cache on by default. */
  public NodeTypeSelector ioCacheEnabled() {
    ioCache = true;
    return this;
  }

  /** Of this category, ignoring case: "General Purpose", "Memory Optimized", "Storage Optimized", "GPU Accelerated", ... */
  public NodeTypeSelector category(String category) {
    this.category = Objects.requireNonNull(category, "category");
    return this;
  }

  /** Whether {@code n} meets every criterion and can be used for a new cluster. */
  public boolean matches(NodeType n) {
    if (Boolean.TRUE.equals(n.getIsDeprecated()) || Boolean.TRUE.equals(n.getIsHidden()) || !offered(n)) {
      return false;
    }
    return (!localDisk || localDiskGb(n) > 0)
        && orZero(n.getMemoryMb()) >= minMemoryGb * 1024L
        && (n.getNumCores() == null ? 0 : n.getNumCores()) >= minCores
        && orZero(n.getNumGpus()) >= minGpus
        && (!photonWorker || Boolean.TRUE.equals(n.getPhotonWorkerCapable()))
        && (!photonDriver || Boolean.TRUE.equals(n.getPhotonDriverCapable()))
        && (!graviton || Boolean.TRUE.equals(n.getIsGraviton()))
        && (!ioCache || Boolean.TRUE.equals(n.getIsIoCacheEnabled()))
        && (category == null || category.equalsIgnoreCase(n.getCategory()));
  }

  /**
   * The id of the smallest matching node type.
   *
   * @throws NoSuchElementException when none matches; the message names the criteria and the node types there are
   */
  public String select(List<NodeType> nodeTypes) {
    List<NodeType> all = nodeTypes == null ? Collections.<NodeType>emptyList() : nodeTypes;
    List<NodeType> matching = all.stream().filter(this::matches).sorted(SMALLEST).collect(Collectors.toList());
    if (matching.isEmpty()) {
      String shown = all.stream().sorted(SMALLEST).limit(12).map(NodeTypeSelector::describe)
          .collect(Collectors.joining(", "));
      throw new NoSuchElementException("No node type of the workspace is " + this + " (and not deprecated, hidden "
          + "or unavailable); it has " + all.size() + (all.isEmpty() ? "" : ": " + shown + (all.size() > 12 ? ", ..." : "")));
    }
    return matching.get(0).getNodeTypeId();
  }

  private static boolean offered(NodeType n) {
    CloudProviderNodeInfo info = n.getNodeInfo();
    return info == null || info.getStatus() == null || info.getStatus().isEmpty();
  }

  private static long localDiskGb(NodeType n) {
    NodeInstanceType i = n.getNodeInstanceType();
    if (i == null) {
      return 0;
    }
    return (long) orZero(i.getLocalDisks()) * orZero(i.getLocalDiskSizeGb())
        + (long) orZero(i.getLocalNvmeDisks()) * orZero(i.getLocalNvmeDiskSizeGb());
  }

  private static int orZero(Integer i) {
    return i == null ? 0 : i;
  }

  private static String describe(NodeType n) {
    return n.getNodeTypeId() + " (" + orZero(n.getMemoryMb()) / 1024 + " GB, "
        + (n.getNumCores() == null ? "?" : String.valueOf(n.getNumCores().intValue())) + " cores"
        + (orZero(n.getNumGpus()) > 0 ? ", " + n.getNumGpus() + " GPU" : "")
        + (Boolean.TRUE.equals(n.getIsDeprecated()) ? ", deprecated" : "") + ")";
  }

  /** The criteria, as the errors name them ("local disk, at least 16 GB"). */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (localDisk) {
      parts.add("with a local disk");
    }
    if (minMemoryGb > 0) {
      parts.add("at least " + minMemoryGb + " GB");
    }
    if (minCores > 0) {
      parts.add("at least " + minCores + " cores");
    }
    if (minGpus > 0) {
      parts.add("at least " + minGpus + " GPU");
    }
    if (photonWorker || photonDriver) {
      parts.add(photonWorker && photonDriver ? "Photon capable" : photonWorker ? "Photon worker capable"
          : "Photon driver capable");
    }
    if (graviton) {
      parts.add("Graviton");
    }
    if (ioCache) {
      parts.add("disk cache on");
    }
    if (category != null) {
      parts.add("'" + category + "'");
    }
    return parts.isEmpty() ? "any node type" : String.join(", ", parts);
  }
}
