package dev.brickapi.bench;

import dev.brickapi.codegen.GenerationResult;
import dev.brickapi.codegen.Generator;
import dev.brickapi.codegen.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Our generator in process (issue 9, item 1): {@code Generator.generate} over all of specs/ several times in
 * one JVM. Prints every run and the last one. Two modes: {@code same} writes into one folder (after the
 * first run every file is unchanged, so nothing is written), {@code fresh} writes into a new empty folder
 * each run (every file written).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.brickapi.bench.GenerationBench specs /tmp/out 6 same}
 */
public final class GenerationBench {

  public static void main(String[] args) throws Exception {
    Path specs = Path.of(args.length > 0 ? args[0] : "specs");
    Path out = Path.of(args.length > 1 ? args[1] : "target/gen-bench");
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    boolean fresh = args.length > 3 && args[3].equals("fresh");
    List<Long> times = new ArrayList<>();
    GenerationResult last = null;
    for (int i = 0; i < runs; i++) {
      Path dir = fresh ? out.resolve("run-" + i) : out.resolve("same");
      if (fresh) {
        Files.createDirectories(dir);
      }
      long t0 = System.nanoTime();
      last = Generator.generate(GeneratorConfig.builder().spec(specs).output(dir)
          .basePackage("dev.brickapi.client.service").build());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (!last.ok()) {
        throw new IllegalStateException(last.summary());
      }
      times.add(ms);
      System.out.println("run " + (i + 1) + ": " + ms + " ms  " + last.summary());
    }
    List<Long> warm = new ArrayList<>(times.subList(Math.min(2, times.size() - 1), times.size()));
    warm.sort(null);
    System.out.println("in-process " + (fresh ? "fresh" : "same") + ": first " + times.get(0) + " ms, last "
        + times.get(times.size() - 1) + " ms, median of runs 3.." + runs + " " + warm.get(warm.size() / 2) + " ms ("
        + last.files().size() + " files)");
    Results.write("gen-inproc-" + (fresh ? "fresh" : "same") + ".txt",
        times.get(times.size() - 1) + " " + warm.get(warm.size() / 2) + " " + times.get(0));
  }
}
