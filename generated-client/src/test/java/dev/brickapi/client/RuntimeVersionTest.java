package dev.brickapi.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RuntimeVersionTest {

  @ParameterizedTest
  @CsvSource({
      // text,                          major, feature, gpu,   ml,    photon, esr,   light, scala
      "7.6.x-gpu-ml-scala2.12,           7,  6,  true,  true,  false, false, false, 2.12",
      "13.3.x-cpu-ml-scala2.12,          13, 3,  false, true,  false, false, false, 2.12",
      "11.3.x-photon-scala2.12,          11, 3,  false, false, true,  false, false, 2.12",
      "10.4.x-esr-scala2.12,             10, 4,  false, false, false, true,  false, 2.12",
      "apache-spark-2.4.x-scala2.11,     2,  4,  false, false, false, false, true,  2.11",
      "15.4.x-scala2.12,                 15, 4,  false, false, false, false, false, 2.12",
      "16.4.x-scala2.13,                 16, 4,  false, false, false, false, false, 2.13",
      "14.3.x-gpu-ml-scala2.12,          14, 3,  true,  true,  false, false, false, 2.12",
      "12.2.x-aarch64-photon-scala2.12,  12, 2,  false, false, true,  false, false, 2.12",
      "6.4.x-esr-scala2.11,              6,  4,  false, false, false, true,  false, 2.11",
      "9.1.x-photon-scala2.12,           9,  1,  false, false, true,  false, false, 2.12",
      "7.3.x-hls-scala2.12,              7,  3,  false, false, false, false, false, 2.12",
      "18.x-scala2.13,                   18, -1, false, false, false, false, false, 2.13",
      "17.3.x-scala2.13,                 17, 3,  false, false, false, false, false, 2.13",
      "16.4.x-photon-scala2.12,          16, 4,  false, false, true,  false, false, 2.12",
      "15.4.x-cpu-ml-scala2.12,          15, 4,  false, true,  false, false, false, 2.12",
      "15.4.x-gpu-ml-scala2.12,          15, 4,  true,  true,  false, false, false, 2.12",
      "11.3.x-esr-scala2.12,             11, 3,  false, false, false, true,  false, 2.12",
      "16.4.x-aarch64-scala2.13,         16, 4,  false, false, false, false, false, 2.13",
      "17.x-snapshot-cpu-ml-scala2.13,   17, -1, false, true,  false, false, false, 2.13",
  })
  void parsesRealVersionStrings(String text, int major, int feature, boolean gpu, boolean ml, boolean photon,
      boolean esr, boolean light, String scala) {
    RuntimeVersion v = RuntimeVersion.parse(text);
    assertEquals(major, v.major());
    assertEquals(feature, v.feature());
    assertEquals(gpu, v.gpu());
    assertEquals(ml, v.ml());
    assertEquals(photon, v.photon());
    assertEquals(esr, v.esr());
    assertEquals(light, v.light());
    assertEquals(scala, v.scalaVersion());
    assertEquals(text, v.format(), "round trip");
    assertEquals(v, RuntimeVersion.parse(v.format()));
  }

  @Test
  void customImagesAreKeptAsTheyAre() {
    RuntimeVersion v = RuntimeVersion.parse("custom:custom-local__13.x-snapshot-cpu-ml-scala2.12__unknown__head__7e1f37b__cee2f01__jenkins__641f1a5__format-2.lz4");
    assertTrue(v.custom());
    assertEquals(-1, v.major());
    assertEquals("custom:custom-local__13.x-snapshot-cpu-ml-scala2.12__unknown__head__7e1f37b__cee2f01__jenkins__641f1a5__format-2.lz4", v.format());
  }

  @Test
  void ordersByMajorFeatureThenScala() {
    List<String> texts = List.of("13.3.x-scala2.12", "7.6.x-gpu-ml-scala2.12", "custom:img", "10.4.x-esr-scala2.12",
        "13.3.x-scala2.13", "apache-spark-2.4.x-scala2.11", "9.1.x-photon-scala2.12", "13.10.x-scala2.12");
    List<RuntimeVersion> versions = new ArrayList<>();
    texts.forEach(t -> versions.add(RuntimeVersion.parse(t)));
    Collections.sort(versions);
    assertEquals(List.of("apache-spark-2.4.x-scala2.11", "7.6.x-gpu-ml-scala2.12", "9.1.x-photon-scala2.12",
        "10.4.x-esr-scala2.12", "13.3.x-scala2.12", "13.3.x-scala2.13", "13.10.x-scala2.12", "custom:img"),
        versions.stream().map(RuntimeVersion::format).collect(Collectors.toList()));
  }

  @Test
  void ltsBetaAndSparkVersionComeFromTheApisName() {
    RuntimeVersion lts = RuntimeVersion.parse("15.4.x-scala2.12", "15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)");
    assertTrue(lts.lts());
    assertFalse(lts.beta());
    assertEquals("3.5.0", lts.sparkVersion());
    RuntimeVersion beta = RuntimeVersion.parse("18.x-scala2.13", "18.0 (Beta) (includes Apache Spark 4.1.0, Scala 2.13)");
    assertFalse(beta.lts());
    assertTrue(beta.beta());
    assertEquals("4.1.0", beta.sparkVersion());
    RuntimeVersion keyOnly = RuntimeVersion.parse("15.4.x-scala2.12");
    assertFalse(keyOnly.lts());
    assertNull(keyOnly.sparkVersion());
    assertEquals(keyOnly, lts, "equal by key");
    assertTrue(RuntimeVersion.parse("17.x-snapshot-scala2.13").beta());
  }

  @Test
  void aMajorOnlyVersionSortsBeforeItsFirstFeatureVersion() {
    List<RuntimeVersion> versions = new ArrayList<>();
    List.of("18.0.x-scala2.13", "17.3.x-scala2.13", "18.x-scala2.13", "16.4.x-photon-scala2.12", "16.4.x-scala2.13",
        "16.4.x-scala2.12").forEach(t -> versions.add(RuntimeVersion.parse(t)));
    Collections.sort(versions);
    assertEquals(List.of("16.4.x-photon-scala2.12", "16.4.x-scala2.12", "16.4.x-scala2.13", "17.3.x-scala2.13",
        "18.x-scala2.13", "18.0.x-scala2.13"), versions.stream().map(RuntimeVersion::format).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "13.3", "13.3.x", "latest", "13.3.x-GPU-scala2.12", "x.3.x-scala2.12", "custom:",
      "13.3.x-scala", "apache-spark-2.4.x", "apache-spark-2.x-scala2.11", "18.x-scala2.13-"})
  void garbageIsRefusedClearly(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuntimeVersion.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'") || e.getMessage().contains("custom:"), e.getMessage());
  }
}
