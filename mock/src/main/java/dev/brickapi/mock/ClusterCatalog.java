package dev.brickapi.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the mock workspace offers new clusters: the runtime versions of {@code clusters/spark-versions} (every form a
 * workspace lists: LTS and not, ML on CPU and GPU, Photon, Graviton, ESR, a beta, Databricks Light, Scala 2.12 and
 * 2.13) and the node types of {@code clusters/list-node-types} (with and without local disks, GPU, Photon,
 * deprecated, unavailable). Fixed, so tests can name what a selector must pick.
 */
public final class ClusterCatalog {
  /** The runtime versions: key, then name. */
  static final String[][] VERSIONS = {
      {"18.x-scala2.13", "18.0 (Beta) (includes Apache Spark 4.1.0, Scala 2.13)"},
      {"17.3.x-scala2.13", "17.3 LTS (includes Apache Spark 4.0.0, Scala 2.13)"},
      {"17.3.x-photon-scala2.13", "17.3 LTS Photon (includes Apache Spark 4.0.0, Scala 2.13)"},
      {"17.3.x-cpu-ml-scala2.13", "17.3 LTS ML (includes Apache Spark 4.0.0, Scala 2.13)"},
      {"17.3.x-gpu-ml-scala2.13", "17.3 LTS ML (includes Apache Spark 4.0.0, GPU, Scala 2.13)"},
      {"17.2.x-scala2.13", "17.2 (includes Apache Spark 4.0.0, Scala 2.13)"},
      {"16.4.x-scala2.12", "16.4 LTS (includes Apache Spark 3.5.2, Scala 2.12)"},
      {"16.4.x-scala2.13", "16.4 LTS (includes Apache Spark 3.5.2, Scala 2.13)"},
      {"16.4.x-photon-scala2.12", "16.4 LTS Photon (includes Apache Spark 3.5.2, Scala 2.12)"},
      {"16.4.x-aarch64-scala2.12", "16.4 LTS aarch64 (includes Apache Spark 3.5.2, Scala 2.12)"},
      {"16.4.x-cpu-ml-scala2.12", "16.4 LTS ML (includes Apache Spark 3.5.2, Scala 2.12)"},
      {"16.4.x-gpu-ml-scala2.12", "16.4 LTS ML (includes Apache Spark 3.5.2, GPU, Scala 2.12)"},
      {"15.4.x-scala2.12", "15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"},
      {"15.4.x-cpu-ml-scala2.12", "15.4 LTS ML (includes Apache Spark 3.5.0, Scala 2.12)"},
      {"15.4.x-gpu-ml-scala2.12", "15.4 LTS ML (includes Apache Spark 3.5.0, GPU, Scala 2.12)"},
      {"11.3.x-esr-scala2.12", "11.3 ESR (includes Apache Spark 3.3.0, Scala 2.12)"},
      {"apache-spark-2.4.x-scala2.11", "Light 2.4 (includes Apache Spark 2.4, Scala 2.11)"},
  };

  private final ObjectMapper json = new ObjectMapper();

  /** The body of {@code GET /api/2.1/clusters/spark-versions}. */
  public ObjectNode sparkVersions() {
    ObjectNode out = json.createObjectNode();
    ArrayNode list = out.putArray("versions");
    for (String[] v : VERSIONS) {
      list.addObject().put("key", v[0]).put("name", v[1]);
    }
    return out;
  }

  /** The body of {@code GET /api/2.1/clusters/list-node-types}. */
  public ObjectNode nodeTypes() {
    ObjectNode out = json.createObjectNode();
    ArrayNode list = out.putArray("node_types");
    node(list, "m5d.large", "General Purpose", 8192, 2, 0, 1, 75, true, false);
    node(list, "m5.large", "General Purpose", 8192, 2, 0, 0, 0, false, false);
    node(list, "m5d.xlarge", "General Purpose", 16384, 4, 0, 1, 150, true, false);
    node(list, "r5d.xlarge", "Memory Optimized", 32768, 4, 0, 1, 150, true, false);
    node(list, "i3.xlarge", "Storage Optimized", 31232, 4, 0, 1, 950, true, false);
    node(list, "g5.xlarge", "GPU Accelerated", 16384, 4, 1, 1, 250, false, false);
    node(list, "m4.large", "General Purpose", 8192, 2, 0, 0, 0, false, true);
    ObjectNode unavailable = node(list, "c5d.large", "Compute Optimized", 4096, 2, 0, 1, 50, true, false);
    unavailable.putObject("node_info").putArray("status").add("NotAvailableInRegion");
    return out;
  }

  private static ObjectNode node(ArrayNode list, String id, String category, int memoryMb, int cores, int gpus,
      int disks, int diskGb, boolean photon, boolean deprecated) {
    ObjectNode n = list.addObject().put("node_type_id", id).put("instance_type_id", id).put("description", id)
        .put("category", category).put("memory_mb", memoryMb).put("num_cores", (double) cores)
        .put("is_deprecated", deprecated).put("photon_driver_capable", photon).put("photon_worker_capable", photon);
    if (gpus > 0) {
      n.put("num_gpus", gpus);
    }
    n.putObject("node_instance_type").put("instance_type_id", id).put("local_disks", disks)
        .put("local_disk_size_gb", diskGb);
    return n;
  }
}
