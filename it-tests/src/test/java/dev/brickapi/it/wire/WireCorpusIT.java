package dev.brickapi.it.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the whole wire corpus ({@link WireCorpus}), each pair through {@link WireReplay}. Prints
 * {@code wire corpus: N pairs, P pass, S skipped} and every skipped pair with its reason; the summary fails when
 * any pair is not exact on the wire.
 */
class WireCorpusIT {

  private static WireReplay replay;
  private static final List<String> passed = new ArrayList<>();
  private static final Map<String, String> skipped = new LinkedHashMap<>();
  private static final Map<String, String> failed = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    replay = new WireReplay(ClientModel.shared());
  }

  @AfterAll
  static void stop() {
    replay.close();
  }

  @TestFactory
  Stream<DynamicTest> everyPair() {
    List<WirePair> pairs = WireCorpus.load();
    Stream<DynamicTest> each = pairs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> replay(p)));
    DynamicTest summary = DynamicTest.dynamicTest("summary", () -> {
      System.out.println("wire corpus: " + pairs.size() + " pairs, " + passed.size() + " pass, " + skipped.size()
          + " skipped");
      skipped.forEach((pair, why) -> System.out.println("  skipped " + pair + ": " + why));
      failed.forEach((pair, why) -> System.out.println("  FAILED " + pair + ": " + why));
      assertEquals(List.of(), List.copyOf(failed.keySet()), "pairs that are not exact on the wire");
    });
    return Stream.concat(each, Stream.of(summary));
  }

  private static void replay(WirePair pair) throws Throwable {
    try {
      String skip = replay.replay(pair);
      if (skip == null) {
        passed.add(pair.toString());
      } else {
        skipped.put(pair.toString(), skip);
      }
    } catch (Throwable t) {
      failed.put(pair.toString(), String.valueOf(t.getMessage()));
      throw t;
    }
  }
}
