package dev.brickapi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the one table of bench/run.sh from the figures the steps left in bench/target/results (all from
 * this run). Missing figures print as "-". Nothing is asserted: the goals column only reads the figures.
 */
public final class Report {

  private static final StringBuilder OUT = new StringBuilder();

  public static void main(String[] args) throws Exception {
    Path dir = Results.dir();
    row("#", "measure", "ours", "compared with", "ratio", "goal", "met");
    row("-", "-", "-", "-", "-", "-", "-");

    double genOurs = num(dir, "gen-ours-median.txt", 0);
    double genOag = num(dir, "gen-oag-median.txt", 0);
    String oagDocs = text(dir, "gen-oag-docs.txt");
    row("1", "generation, whole process, all specs (median)", ms(genOurs),
        "openapi-generator " + ms(genOag) + " (sum of " + oagDocs + " per-document runs)",
        ratio(genOag / genOurs, "x faster"), ">= 5x faster", met(genOag / genOurs >= 5, genOag, genOurs));
    double cpuOurs = num(dir, "gen-ours-cpu-median.txt", 0);
    double cpuOag = num(dir, "gen-oag-cpu-median.txt", 0);
    row("1", "generation, CPU time (user + sys) of the same runs (median)", ms(cpuOurs),
        "openapi-generator " + ms(cpuOag), ratio(cpuOag / cpuOurs, "x less"), "-", "-");
    double warmSame = num(dir, "gen-inproc-same.txt", 0);
    double warmFresh = num(dir, "gen-inproc-fresh.txt", 0);
    row("1", "generation in process, warm (last of 10; same folder / fresh folder)", ms(warmSame) + " / " + ms(warmFresh),
        "first run " + ms(num(dir, "gen-inproc-fresh.txt", 2)), "-", "< 1000 ms", met(warmFresh < 1000 && warmSame < 1000, warmFresh, warmSame));

    double skip = num(dir, "noop-skip-median.txt", 0);
    double forced = num(dir, "noop-forced-median.txt", 0);
    double plugin = num(dir, "noop-plugin-median.txt", 0);
    row("2", "mvn -o -q generate-sources, unchanged specs (median, whole mvn)", ms(skip), "forced regeneration " + ms(forced),
        ratio(forced / skip, "x"), "-", "-");
    row("2", "plugin skip path (its own log line, median)", ms(plugin), "-", "-", "< 50 ms", met(plugin < 50, plugin));
    row("2", "second mvn -o compile says Nothing to compile", text(dir, "noop-nothing.txt"), "-", "-", "recompiles nothing",
        met("yes".equals(text(dir, "noop-nothing.txt"))));

    Map<String, double[]> jmh = jmh(dir.resolve("jmh.json"));
    for (String[] call : new String[][] {{"clusters get (1.7 KB)", ""}, {"jobs list page (2 MB)", "jobs"}}) {
      String p = call[1];
      double j11 = score(jmh, p.isEmpty() ? "oursJava11" : "jobsOursJava11");
      double def = score(jmh, p.isEmpty() ? "oursDefault" : "jobsOursDefault");
      double sdk = score(jmh, p.isEmpty() ? "sdk" : "jobsSdk");
      double raw = score(jmh, p.isEmpty() ? "raw" : "jobsRaw");
      double sock = score(jmh, p.isEmpty() ? "socket" : "jobsSocket");
      row("3", call[0] + ", us/op: ours Http2Client / ours default client", us(j11, jmh, p.isEmpty() ? "oursJava11" : "jobsOursJava11")
              + " / " + us(def, jmh, p.isEmpty() ? "oursDefault" : "jobsOursDefault"),
          "SDK " + us(sdk, jmh, p.isEmpty() ? "sdk" : "jobsSdk") + ", raw " + us(raw, jmh, p.isEmpty() ? "raw" : "jobsRaw")
              + ", socket floor " + us(sock, jmh, p.isEmpty() ? "socket" : "jobsSocket"),
          "-", "-", "-");
      double best = Math.min(j11, def);
      row("3", call[0] + ": ours/SDK (Http2Client / default)", "", "", fmt(j11 / sdk) + " / " + fmt(def / sdk), "<= 0.8",
          met(best / sdk <= 0.8, best, sdk) + (j11 <= def ? " (Http2Client)" : " (default)"));
      row("3", call[0] + ": ours/raw (Http2Client / default)", "", "", fmt(j11 / raw) + " / " + fmt(def / raw),
          p.isEmpty() ? "-" : "<= 1.1", p.isEmpty() ? "-" : met(best / raw <= 1.1, best, raw) + (j11 <= def ? " (Http2Client)" : " (default)"));
      row("3", call[0] + ": ours/socket floor (Http2Client / default)", "", "", fmt(j11 / sock) + " / " + fmt(def / sock), "-", "-");
    }

    for (String who : new String[] {"JAVA11", "DEFAULT"}) {
      double[] o = nums(dir, "dbfs-" + who + ".txt");
      double[] r = nums(dir, "dbfs-raw.txt");
      if (o == null || r == null) {
        row("4", "DBFS " + who, "-", "-", "-", "-", "-");
        continue;
      }
      String transport = who.equals("JAVA11") ? "Http2Client" : "default client";
      row("4", String.format(Locale.ROOT, "DBFS upload %.0f MB, ours (%s), MB/s; peak heap above baseline", o[4], transport),
          String.format(Locale.ROOT, "%.0f MB/s; +%.0f MB", o[0], o[1]),
          String.format(Locale.ROOT, "raw loop %.0f MB/s; +%.0f MB", r[0], r[1]), pct(o[0] / r[0]),
          ">= 80% of raw; < 64 MB", met(o[0] / r[0] >= 0.8 && o[1] < 64));
      row("4", String.format(Locale.ROOT, "DBFS download %.0f MB, ours (%s), MB/s; peak heap above baseline", o[4], transport),
          String.format(Locale.ROOT, "%.0f MB/s; +%.0f MB", o[2], o[3]),
          String.format(Locale.ROOT, "raw loop %.0f MB/s; +%.0f MB", r[2], r[3]), pct(o[2] / r[2]),
          ">= 80% of raw; < 64 MB", met(o[2] / r[2] >= 0.8 && o[3] < 64));
    }
    double[] pg = nums(dir, "paging.txt");
    if (pg != null && pg.length >= 4) {
      row("5", "paging 100,000 jobs (listJobsAll, 100/page): heap after GC at 0 / 10k / 50k / 100k",
          String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f MB", pg[0], pg[1], pg[2], pg[3]), "-",
          String.format(Locale.ROOT, "100k - 10k = %+.1f MB", pg[3] - pg[1]), "constant", met(Math.abs(pg[3] - pg[1]) < 2));
    } else {
      row("5", "paging", "-", "-", "-", "-", "-");
    }
    System.out.print(OUT);
    Files.writeString(dir.resolve("table.md"), OUT.toString());
  }

  private static void row(String... cells) {
    OUT.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  private static String met(boolean ok) {
    return ok ? "yes" : "**no**";
  }

  /** "-" when a figure is missing (NaN compares false), else yes/no. */
  private static String met(boolean ok, double... figures) {
    for (double f : figures) {
      if (Double.isNaN(f)) {
        return "-";
      }
    }
    return met(ok);
  }

  private static String ms(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f ms", v);
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2fx", v);
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
  }

  private static String ratio(double v, String what) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%s", v, what);
  }

  private static String us(double v, Map<String, double[]> jmh, String name) {
    double[] s = jmh.get(name);
    return s == null ? "-" : String.format(Locale.ROOT, "%.1f ± %.1f", s[0], s[1]);
  }

  private static double score(Map<String, double[]> jmh, String name) {
    double[] s = jmh.get(name);
    return s == null ? Double.NaN : s[0];
  }

  private static Map<String, double[]> jmh(Path file) throws Exception {
    Map<String, double[]> m = new HashMap<>();
    if (!Files.exists(file)) {
      return m;
    }
    for (JsonNode b : new ObjectMapper().readTree(file.toFile())) {
      String name = b.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.') + 1);
      JsonNode pm = b.get("primaryMetric");
      m.put(name, new double[] {pm.get("score").asDouble(), pm.get("scoreError").asDouble()});
    }
    return m;
  }

  private static String text(Path dir, String name) throws Exception {
    Path f = dir.resolve(name);
    return Files.exists(f) ? Files.readString(f).trim() : "-";
  }

  private static double num(Path dir, String name, int index) throws Exception {
    double[] v = nums(dir, name);
    return v == null || v.length <= index ? Double.NaN : v[index];
  }

  private static double[] nums(Path dir, String name) throws Exception {
    Path f = dir.resolve(name);
    if (!Files.exists(f)) {
      return null;
    }
    String[] parts = Files.readString(f).trim().split("\\s+");
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      v[i] = Double.parseDouble(parts[i]);
    }
    return v;
  }
}
