package dev.brickapi.client.ext;

import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.client.service.clusters.v21.ClustersApi;
import dev.brickapi.client.service.clusters.v21.State;
import dev.brickapi.runtime.WaitFailedException;
import dev.brickapi.runtime.wait.WaitOptions;
import dev.brickapi.runtime.wait.Waiter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the official SDK adds to its clusters service, over the generated {@link ClustersApi}: picking a runtime
 * and a node type by criteria, and making sure a cluster runs. Reached as {@code workspace.clusterHelpers()}.
 *
 * <pre>{@code
 * ClusterHelpers helpers = workspace.clusterHelpers();
 * String runtime = helpers.selectSparkVersion(new SparkVersionSelector().latest().longTermSupport());
 * String node = helpers.selectNodeType(new NodeTypeSelector().localDisk());
 * ClusterDetails running = helpers.ensureClusterRunning(clusterId);
 * }</pre>
 */
public final class ClusterHelpers {
  private static final List<String> TARGET = Arrays.asList(State.RUNNING.value());
  /** TERMINATED counts only once the start was asked for: the poll that saw it first reports {@link #STARTING}. */
  private static final List<String> FAILED =
      Arrays.asList(State.ERROR.value(), State.UNKNOWN.value(), State.TERMINATED.value());
  /** What {@link #ensureClusterRunning} reports while the start it asked for has not shown yet. */
  private static final String STARTING = "STARTING";

  private final ClustersApi clusters;

  public ClusterHelpers(ClustersApi clusters) {
    this.clusters = Objects.requireNonNull(clusters, "clusters");
  }

  /** The helpers over {@code clusters}, e.g. {@code ClusterHelpers.of(workspace.clusters())}. */
  public static ClusterHelpers of(ClustersApi clusters) {
    return new ClusterHelpers(clusters);
  }

  /**
   * The key of the runtime version the selector picks from {@code listSparkVersions()}, to pass as
   * {@code spark_version}.
   *
   * @throws java.util.NoSuchElementException when none matches (or several, without {@code latest()})
   */
  public String selectSparkVersion(SparkVersionSelector selector) {
    return selector.select(clusters.listSparkVersions().getVersions());
  }

  /**
   * The id of the smallest node type the selector accepts from {@code listNodeTypes()}.
   *
   * @throws java.util.NoSuchElementException when none matches
   */
  public String selectNodeType(NodeTypeSelector selector) {
    return selector.select(clusters.listNodeTypes().getNodeTypes());
  }

  /** {@link #ensureClusterRunning(String, WaitOptions)} waiting at most 20 minutes ({@code WaitOptions.defaults()}). */
  public ClusterDetails ensureClusterRunning(String clusterId) {
    return ensureClusterRunning(clusterId, WaitOptions.<ClusterDetails>defaults());
  }

  /**
   * Makes sure the cluster runs and returns it running: a running cluster at once; a terminated one is started; a
   * terminating one is waited for and then started; a pending, restarting or resizing one is waited for. The whole
   * of it within the options' timeout, each polled state told to their progress callback.
   *
   * @throws WaitFailedException when the cluster is (or ends) in ERROR or UNKNOWN, or terminates again after the
   *     start; the message names the cluster, its state and the server's reason
   * @throws dev.brickapi.runtime.WaitTimeoutException when it does not run before the timeout
   */
  public ClusterDetails ensureClusterRunning(String clusterId, WaitOptions<ClusterDetails> options) {
    Objects.requireNonNull(clusterId, "clusterId");
    ClusterDetails[] startedAt = new ClusterDetails[1];
    Supplier<ClusterDetails> poll = () -> {
      ClusterDetails cluster = clusters.getCluster(clusterId);
      if (State.TERMINATED.equals(cluster.getState()) && startedAt[0] == null) {
        clusters.startCluster(clusterId);
        startedAt[0] = cluster;
      }
      return cluster;
    };
    try {
      return Waiter.poll(poll, c -> stateOf(c, startedAt[0]), ClusterDetails::getStateMessage,
          TARGET, FAILED, options);
    } catch (WaitFailedException e) {
      String reason = e.stateMessage() == null || e.stateMessage().isEmpty() ? "" : ": " + e.stateMessage();
      throw new ClusterNotRunningException(clusterId, e.state(), e.stateMessage(), e.value(),
          "cluster " + clusterId + " is " + e.state() + reason
              + (State.TERMINATED.value().equals(e.state()) ? " (it terminated again after it was started)" : ""));
    }
  }

  private static String stateOf(ClusterDetails cluster, ClusterDetails startedAt) {
    if (cluster == startedAt) {
      return STARTING;
    }
    return cluster.getState() == null ? null : cluster.getState().value();
  }

  /** A cluster that {@link #ensureClusterRunning} could not get running: its id, state and the server's reason. */
  public static final class ClusterNotRunningException extends WaitFailedException {
    private static final long serialVersionUID = 1L;

    private final String clusterId;
    private final String message;

    ClusterNotRunningException(String clusterId, String state, String stateMessage, Object value, String message) {
      super(state, stateMessage, value);
      this.clusterId = clusterId;
      this.message = message;
    }

    public String clusterId() {
      return clusterId;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
