package dev.brickapi.client;

import dev.brickapi.client.ext.ClusterHelpers;
import dev.brickapi.client.ext.DbfsStreams;
import dev.brickapi.client.ext.JobHelpers;
import dev.brickapi.client.ext.VolumeFiles;
import dev.brickapi.client.service.WorkspaceServices;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;

/**
 * A client of one Databricks workspace: one accessor per service ({@code clusters()}, {@code jobs()} (Jobs 2.2),
 * {@code jobsV21()}, {@code dbfs()}, ...). Built once from a {@link Config}; thread-safe and cheap to share.
 * Configuration, authentication, retries, errors and redaction are brickapi-runtime's ({@link ApiClient}).
 *
 * <p>Hand-written helpers over the generated services have accessors of their own: {@link #clusterHelpers()}
 * (runtime and node type selectors, {@code ensureClusterRunning}), {@link #jobHelpers()} (the outputs of a job
 * run's tasks), {@link #dbfsStreams()} (DBFS files of any size as streams) and {@link #volumeFiles()} (files of
 * Unity Catalog volumes: streamed uploads and downloads, recursive listing and delete).
 *
 * <pre>{@code
 * WorkspaceClient workspace = WorkspaceClient.builder().host("adb-123.4.azuredatabricks.net").token(pat).build();
 * workspace.clusters().listClustersAll().forEach(c -> System.out.println(c.getClusterName()));
 * }</pre>
 */
public class WorkspaceClient extends WorkspaceServices {
  private final ApiClient api;

  public WorkspaceClient(Config config) {
    this.api = ApiClient.workspace(config);
  }

  /** A builder of the {@link Config} this client is made of. */
  public static Builder builder() {
    return new Builder();
  }

  public Config config() {
    return api.config();
  }

  /**
   * The runtime client under this one: the named accessors ({@code clusters()}, ...) make their services over
   * it, and a Feign interface of your own is {@code client().service(MyApi.class)}.
   *
   * @return the shared runtime client
   */
  @Override
  public ApiClient client() {
    return api;
  }

  /**
   * Selecting a runtime version and a node type, and making sure a cluster runs, over {@link #clusters()}.
   *
   * @return the shared helpers
   */
  public ClusterHelpers clusterHelpers() {
    return api.api(ClusterHelpers.class, c -> new ClusterHelpers(clusters()));
  }

  /**
   * The outputs of a job run, of one task or of each task by task key, over {@link #jobs()}.
   *
   * @return the shared helpers
   */
  public JobHelpers jobHelpers() {
    return api.api(JobHelpers.class, c -> new JobHelpers(jobs()));
  }

  /**
   * DBFS files of any size as streams, in 1 MB blocks, over {@link #dbfs()}.
   *
   * @return the shared streams
   */
  public DbfsStreams dbfsStreams() {
    return api.api(DbfsStreams.class, c -> new DbfsStreams(dbfs()));
  }

  /**
   * Files of Unity Catalog volumes of any size as streams, recursive listing, {@code mkdirs} and recursive delete,
   * over {@link #files()}.
   *
   * @return the shared helpers
   */
  public VolumeFiles volumeFiles() {
    return api.api(VolumeFiles.class, c -> new VolumeFiles(files()));
  }

  /** Builds the configuration and the client in one go. */
  public static final class Builder {
    private final Config.Builder config = Config.builder();

    private Builder() {}

    /** The configuration builder: everything beyond host and token (profile, proxy, timeouts, ...). */
    public Config.Builder config() {
      return config;
    }

    public Builder host(String host) {
      config.host(host);
      return this;
    }

    public Builder token(String token) {
      config.token(token);
      return this;
    }

    public Builder configure(java.util.function.Consumer<Config.Builder> settings) {
      settings.accept(config);
      return this;
    }

    public WorkspaceClient build() {
      return new WorkspaceClient(config.build());
    }
  }
}
