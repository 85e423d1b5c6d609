package dev.brickapi.client.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.client.service.clusters.v21.CloudProviderNodeInfo;
import dev.brickapi.client.service.clusters.v21.CloudProviderNodeStatus;
import dev.brickapi.client.service.clusters.v21.NodeInstanceType;
import dev.brickapi.client.service.clusters.v21.NodeType;
import dev.brickapi.client.service.clusters.v21.SparkVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class SelectorsTest {

  private static final List<SparkVersion> VERSIONS = new ArrayList<>();
  private static final List<NodeType> NODES = new ArrayList<>();

  static {
    version("18.x-scala2.13", "18.0 (Beta) (includes Apache Spark 4.1.0, Scala 2.13)");
    version("17.3.x-scala2.13", "17.3 LTS (includes Apache Spark 4.0.0, Scala 2.13)");
    version("17.3.x-photon-scala2.13", "17.3 LTS Photon (includes Apache Spark 4.0.0, Scala 2.13)");
    version("17.3.x-gpu-ml-scala2.13", "17.3 LTS ML (includes Apache Spark 4.0.0, GPU, Scala 2.13)");
    version("17.2.x-scala2.13", "17.2 (includes Apache Spark 4.0.0, Scala 2.13)");
    version("16.4.x-scala2.12", "16.4 LTS (includes Apache Spark 3.5.2, Scala 2.12)");
    version("16.4.x-cpu-ml-scala2.12", "16.4 LTS ML (includes Apache Spark 3.5.2, Scala 2.12)");
    version("15.4.x-scala2.12", "15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)");
    version("11.3.x-esr-scala2.12", "11.3 ESR (includes Apache Spark 3.3.0, Scala 2.12)");
    version("apache-spark-2.4.x-scala2.11", "Light 2.4 (includes Apache Spark 2.4, Scala 2.11)");
    version("not a runtime", "ignored");
    node("m5.large", "General Purpose", 8192, 2, 0, 0, false).setIsDeprecated(false);
    node("m5d.large", "General Purpose", 8192, 2, 0, 75, true);
    node("m5d.xlarge", "General Purpose", 16384, 4, 0, 150, true);
    node("r5d.xlarge", "Memory Optimized", 32768, 4, 0, 150, true);
    node("g5.xlarge", "GPU Accelerated", 16384, 4, 1, 250, false);
    node("m4.large", "General Purpose", 4096, 2, 0, 0, false).setIsDeprecated(true);
    node("c5d.large", "Compute Optimized", 4096, 2, 0, 50, true)
        .setNodeInfo(new CloudProviderNodeInfo().setStatus(List.of(CloudProviderNodeStatus.NOT_AVAILABLE_IN_REGION)));
  }

  private static void version(String key, String name) {
    VERSIONS.add(new SparkVersion().setKey(key).setName(name));
  }

  private static NodeType node(String id, String category, int memoryMb, int cores, int gpus, int diskGb, boolean photon) {
    NodeType n = new NodeType().setNodeTypeId(id).setCategory(category).setMemoryMb(memoryMb).setNumCores((double) cores)
        .setPhotonDriverCapable(photon).setPhotonWorkerCapable(photon)
        .setNodeInstanceType(new NodeInstanceType().setLocalDisks(diskGb > 0 ? 1 : 0).setLocalDiskSizeGb(diskGb));
    if (gpus > 0) {
      n.setNumGpus(gpus);
    }
    NODES.add(n);
    return n;
  }

  private static String runtime(SparkVersionSelector s) {
    return s.select(VERSIONS);
  }

  @Test
  void theLatestLtsIsTheNewestLongTermSupportRuntimeOfNoFlavour() {
    assertEquals("17.3.x-scala2.13", runtime(new SparkVersionSelector().latest().longTermSupport()));
    assertEquals("17.3.x-scala2.13", runtime(new SparkVersionSelector().latest()), "the beta is left out");
    assertEquals("18.x-scala2.13", runtime(new SparkVersionSelector().latest().beta()));
  }

  @Test
  void flavoursScalaAndSparkVersionNarrowTheChoice() {
    assertEquals("16.4.x-cpu-ml-scala2.12", runtime(new SparkVersionSelector().latest().ml()));
    assertEquals("17.3.x-gpu-ml-scala2.13", runtime(new SparkVersionSelector().latest().ml().gpu()));
    assertEquals("17.3.x-photon-scala2.13", runtime(new SparkVersionSelector().latest().photon()));
    assertEquals("16.4.x-scala2.12", runtime(new SparkVersionSelector().latest().longTermSupport().scala("2.12")));
    assertEquals("16.4.x-scala2.12", runtime(new SparkVersionSelector().latest().sparkVersion("3.5")));
    assertEquals("15.4.x-scala2.12", runtime(new SparkVersionSelector().sparkVersion("3.5.0")));
    assertEquals("11.3.x-esr-scala2.12", runtime(new SparkVersionSelector().esr()));
  }

  @Test
  void severalMatchesWithoutLatestAreAnErrorThatListsThem() {
    NoSuchElementException e = assertThrows(NoSuchElementException.class,
        () -> runtime(new SparkVersionSelector().longTermSupport()));
    assertTrue(e.getMessage().contains("17.3.x-scala2.13") && e.getMessage().contains("latest()"), e.getMessage());
  }

  @Test
  void noMatchNamesTheCriteriaAndTheVersionsThereAre() {
    NoSuchElementException e = assertThrows(NoSuchElementException.class,
        () -> runtime(new SparkVersionSelector().latest().ml().photon().scala("2.13")));
    assertTrue(e.getMessage().contains("ML, not GPU, Photon, Scala 2.13"), e.getMessage());
    assertTrue(e.getMessage().contains("18.x-scala2.13"), e.getMessage());
  }

  @Test
  void theSmallestNodeTypeMeetsEveryCriterion() {
    assertEquals("m5.large", new NodeTypeSelector().select(NODES));
    assertEquals("m5d.large", new NodeTypeSelector().localDisk().select(NODES));
    assertEquals("m5d.xlarge", new NodeTypeSelector().minMemoryGb(16).select(NODES));
    assertEquals("m5d.xlarge", new NodeTypeSelector().minCores(4).photon().select(NODES));
    assertEquals("g5.xlarge", new NodeTypeSelector().gpu().select(NODES));
    assertEquals("r5d.xlarge", new NodeTypeSelector().category("memory optimized").select(NODES));
  }

  @Test
  void deprecatedAndUnavailableNodeTypesAreNeverPicked() {
    NoSuchElementException e = assertThrows(NoSuchElementException.class,
        () -> new NodeTypeSelector().category("Compute Optimized").select(NODES));
    assertTrue(e.getMessage().contains("'Compute Optimized'") && e.getMessage().contains("c5d.large"), e.getMessage());
    assertEquals("m5.large", new NodeTypeSelector().minMemoryGb(4).select(NODES));
  }
}
