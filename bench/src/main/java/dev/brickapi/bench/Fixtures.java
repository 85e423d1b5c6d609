package dev.brickapi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/** The response bodies the loopback server serves, built once per JVM. */
public final class Fixtures {

  private static final ObjectMapper M = new ObjectMapper();

  public static final String CLUSTER_ID = "1234-567890-batch123";
  public static final String CLUSTER_PATH = "/api/2.1/clusters/get";
  public static final String JOBS_PATH = "/api/2.2/jobs/list";

  private Fixtures() {}

  /** A clusters/get answer (the spec's example with a few more executors): about 1.7 KB. */
  public static byte[] cluster() {
    ObjectNode c = M.createObjectNode();
    c.put("cluster_id", CLUSTER_ID).put("cluster_name", "etl-nightly").put("spark_version", "13.3.x-scala2.12")
        .put("node_type_id", "i3.xlarge").put("driver_node_type_id", "i3.xlarge");
    c.putObject("autoscale").put("min_workers", 2).put("max_workers", 8);
    c.put("autotermination_minutes", 60);
    c.putObject("aws_attributes").put("availability", "SPOT_WITH_FALLBACK").put("first_on_demand", 1)
        .put("zone_id", "us-west-2a");
    c.putObject("custom_tags").put("team", "data-eng").put("cost_center", "cc-1234");
    c.putObject("default_tags").put("Vendor", "Databricks").put("Creator", "jane.doe@example.com")
        .put("ClusterName", "etl-nightly").put("ClusterId", CLUSTER_ID);
    c.put("creator_user_name", "jane.doe@example.com").put("cluster_source", "API")
        .put("data_security_mode", "SINGLE_USER").put("single_user_name", "jane.doe@example.com")
        .put("state", "RUNNING").put("state_message", "").put("start_time", 1700000000000L)
        .put("last_restarted_time", 1700000300000L);
    c.putObject("driver").put("node_id", "a1b2c3d4e5f6").put("instance_id", "i-0a1b2c3d4e5f67890")
        .put("private_ip", "10.0.1.15").put("start_timestamp", 1700000100000L);
    ArrayNode ex = c.putArray("executors");
    for (int i = 0; i < 7; i++) {
      ex.addObject().put("node_id", "b2c3d4e5f6a" + i).put("instance_id", "i-0b2c3d4e5f6a7890" + i)
          .put("private_ip", "10.0.1." + (16 + i)).put("start_timestamp", 1700000100000L);
    }
    c.put("spark_context_id", 4020997813441462000L).put("jdbc_port", 10000).put("cluster_cores", 8.0)
        .put("cluster_memory_mb", 62464);
    return bytes(c);
  }

  /** Tasks per job in {@link #jobsPage}. */
  public static final int TASKS = 42;

  /** A jobs/list page with expanded tasks: 100 jobs of {@value #TASKS} tasks each, about 2 MB. */
  public static byte[] jobsPage() {
    ObjectNode page = M.createObjectNode();
    ArrayNode jobs = page.putArray("jobs");
    for (int j = 0; j < 100; j++) {
      ObjectNode job = jobs.addObject();
      job.put("job_id", 11223344L + j).put("creator_user_name", "jane.doe@example.com")
          .put("created_time", 1714000000000L + j);
      ObjectNode s = job.putObject("settings");
      s.put("name", "Nightly sales aggregation " + j).put("format", "MULTI_TASK").put("max_concurrent_runs", 1)
          .put("timeout_seconds", 86400);
      s.putObject("tags").put("team", "data-eng").put("env", "prod");
      s.putObject("email_notifications").putArray("on_failure").add("oncall@example.com");
      ArrayNode tasks = s.putArray("tasks");
      for (int t = 0; t < TASKS; t++) {
        ObjectNode task = tasks.addObject();
        task.put("task_key", "task_" + t).put("description", "Aggregates the sales of region " + t + " into the mart")
            .put("existing_cluster_id", CLUSTER_ID).put("timeout_seconds", 3600).put("max_retries", 2);
        ObjectNode nb = task.putObject("notebook_task");
        nb.put("notebook_path", "/Repos/data-eng/pipelines/sales/aggregate_region_" + t).put("source", "WORKSPACE");
        nb.putObject("base_parameters").put("region", "region-" + t).put("date", "{{job.start_time.iso_date}}")
            .put("mode", "incremental");
        if (t > 0) {
          task.putArray("depends_on").addObject().put("task_key", "task_" + (t - 1));
        }
        task.putObject("email_notifications").putArray("on_failure").add("oncall@example.com");
      }
    }
    page.put("has_more", false);
    return bytes(page);
  }

  /** The items of one 100-item paging page (no tasks), as a JSON array. */
  public static byte[] pagingItems() {
    ArrayNode jobs = M.createArrayNode();
    for (int j = 0; j < 100; j++) {
      ObjectNode job = jobs.addObject();
      job.put("job_id", 5000L + j).put("creator_user_name", "jane.doe@example.com").put("created_time", 1714000000000L);
      job.putObject("settings").put("name", "job " + j).put("format", "MULTI_TASK").put("max_concurrent_runs", 1);
    }
    return bytes(jobs);
  }

  /** A dbfs/read answer carrying {@code size} pseudo-random bytes, base64-encoded. */
  public static byte[] dbfsRead(int size) {
    byte[] data = new byte[size];
    new Random(42).nextBytes(data);
    return ("{\"bytes_read\":" + size + ",\"data\":\"" + Base64.getEncoder().encodeToString(data) + "\"}")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bytes(Object node) {
    try {
      return M.writeValueAsBytes(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server of the client benchmark: clusters/get and the big jobs/list page. */
  public static LoopbackServer.Handler clientHandler() {
    byte[] cluster = LoopbackServer.json(cluster());
    byte[] jobs = LoopbackServer.json(jobsPage());
    byte[] notFound = LoopbackServer.response(404, "application/json",
        "{\"error_code\":\"NOT_FOUND\",\"message\":\"no such path\"}".getBytes(StandardCharsets.US_ASCII));
    return (method, target, body) -> {
      if (target.startsWith(CLUSTER_PATH)) {
        return cluster;
      }
      if (target.startsWith(JOBS_PATH)) {
        return jobs;
      }
      return notFound;
    };
  }
}
