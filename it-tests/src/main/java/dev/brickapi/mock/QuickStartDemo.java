package dev.brickapi.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.examples.QuickStart;
import dev.brickapi.client.service.jobs.v22.CreateJob;
import java.util.Map;

/**
 * The main job of the project: runs the README's quick start ({@link QuickStart}) against the embedded mock
 * workspace, printing what it did, so the client can be seen working without a Databricks account. With
 * {@code DATABRICKS_HOST} set, it runs the same quick start against that workspace instead.
 *
 * <pre>
 * mvn -B -q -pl it-tests exec:java@quickstart
 * </pre>
 */
public final class QuickStartDemo {

  private QuickStartDemo() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("slf4j.internal.verbosity", "ERROR"); // no logging backend here: keep the output to the demo
    String host = System.getenv("DATABRICKS_HOST");
    if (host != null && !host.isBlank()) {
      System.out.println("Running the quick start against " + host);
      QuickStart.main(args);
      return;
    }
    try (MockWorkspace mock = MockWorkspace.builder().port(0).examples(true).start()) {
      System.out.println("DATABRICKS_HOST is not set: running the quick start against the embedded mock workspace at "
          + mock.baseUrl());
      WorkspaceClient workspace = WorkspaceClient.builder()
          .configure(c -> c.host(mock.baseUrl()).token(MockWorkspace.TOKEN).allowInsecureLoopback(true)
              .environment(Map.of()))
          .build();
      CreateJob job = new ObjectMapper().readValue("{\"name\":\"brickapi-quickstart\",\"tasks\":[{\"task_key\":\"main\","
          + "\"notebook_task\":{\"notebook_path\":\"/Shared/quickstart\"},\"existing_cluster_id\":\"1234-567890-batch123\"}]}",
          CreateJob.class);
      Long jobId = workspace.jobs().createJob(job).getJobId();
      System.out.println("Created job " + jobId + " in the mock");
      QuickStart.run(workspace, jobId, System.out);
      System.out.println("The mock answered " + mock.exchanges().size() + " requests; contract violations: "
          + mock.violations().size());
      if (!mock.violations().isEmpty()) {
        mock.violations().forEach(v -> System.out.println("  " + v));
        System.exit(1);
      }
    }
  }
}
