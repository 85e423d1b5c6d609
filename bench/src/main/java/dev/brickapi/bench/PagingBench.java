package dev.brickapi.bench;

import dev.brickapi.client.service.jobs.v22.ListJobsRequest;
import dev.brickapi.client.service.jobs.v22.BaseJob;
import java.nio.charset.StandardCharsets;

/**
 * Paging memory (issue 9, item 5): 100,000 jobs through the generated {@code listJobsAll} over 100-item
 * pages from the loopback fake; the used heap after GC at 10k, 50k and 100k items must stay flat.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.brickapi.bench.PagingBench [items]}
 */
public final class PagingBench {

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int pages = total / 100;
    byte[] items = Fixtures.pagingItems();
    try (LoopbackServer server = new LoopbackServer((method, target, body) -> {
      int at = target.indexOf("page_token=p");
      int page = at < 0 ? 0 : Integer.parseInt(target.substring(at + 12).split("&")[0]);
      String tail = page + 1 < pages ? ",\"has_more\":true,\"next_page_token\":\"p" + (page + 1) + "\"}" : ",\"has_more\":false}";
      byte[] head = "{\"jobs\":".getBytes(StandardCharsets.US_ASCII);
      byte[] t = tail.getBytes(StandardCharsets.US_ASCII);
      byte[] bodyBytes = new byte[head.length + items.length + t.length];
      System.arraycopy(head, 0, bodyBytes, 0, head.length);
      System.arraycopy(items, 0, bodyBytes, head.length, items.length);
      System.arraycopy(t, 0, bodyBytes, head.length + items.length, t.length);
      return LoopbackServer.json(bodyBytes);
    })) {
      OurClient client = OurClient.create(server.baseUrl(),
          OurClient.Transport.valueOf(System.getProperty("bench.transport", "JAVA11")));
      long baseline = HeapSampler.usedAfterGc();
      System.out.printf("paging: heap after GC before paging %.1f MB%n", baseline / 1048576.0);
      long n = 0;
      long sum = 0;
      long t0 = System.nanoTime();
      StringBuilder line = new StringBuilder("paging: heap after GC at");
      StringBuilder figures = new StringBuilder(String.format(java.util.Locale.ROOT, "%.1f", baseline / 1048576.0));
      for (BaseJob job : client.jobs().listJobsAll(new ListJobsRequest().setExpandTasks(false).setLimit(100))) {
        sum += job.getJobId();
        n++;
        if (n == 10_000 || n == 50_000 || n == 100_000) {
          double used = HeapSampler.usedAfterGc() / 1048576.0;
          line.append(String.format(" %dk: %.1f MB;", n / 1000, used));
          figures.append(String.format(java.util.Locale.ROOT, " %.1f", used));
        }
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      System.out.println(line.append(" (").append(n).append(" items, ").append(server.requests.get())
          .append(" requests, ").append(ms).append(" ms incl. GCs)"));
      Results.write("paging.txt", figures.toString());
      if (n != total) {
        throw new IllegalStateException("paged " + n + " items (checksum " + sum + ")");
      }
    }
    System.exit(0);
  }
}
