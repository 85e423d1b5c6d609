package dev.brickapi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.client.service.dbfs.v20.ReadResponse;
import dev.brickapi.runtime.json.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * DBFS streaming (issue 9, item 4): 512 MB up (create, 1 MB base64 add-block calls, close) and down (1 MB
 * reads by offset) against the loopback mock, which discards uploads and answers every read with the same
 * precomputed 1 MB block. Our client (through {@link OurClient}) vs a raw java.net.http loop doing the same
 * calls. Prints MB/s and the peak sampled heap above the baseline (run it with -Xmx96m to show it fits).
 *
 * <p>{@code java -Xmx96m -cp bench/target/benchmarks.jar dev.brickapi.bench.DbfsBench [MB] [JAVA11|DEFAULT|raw]}
 */
public final class DbfsBench {

  static final int BLOCK = 1 << 20;

  public static void main(String[] args) throws Exception {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 512;
    String who = args.length > 1 ? args[1] : "JAVA11";
    byte[] readAnswer = LoopbackServer.json(Fixtures.dbfsRead(BLOCK));
    byte[] handle = LoopbackServer.json("{\"handle\":1}".getBytes(StandardCharsets.US_ASCII));
    byte[] empty = LoopbackServer.json("{}".getBytes(StandardCharsets.US_ASCII));
    try (LoopbackServer server = new LoopbackServer((method, target, body) -> {
      if (target.startsWith("/api/2.0/dbfs/read")) {
        return readAnswer;
      }
      if (target.startsWith("/api/2.0/dbfs/create")) {
        return handle;
      }
      return empty;
    })) {
      byte[] block = new byte[BLOCK];
      new Random(7).nextBytes(block);
      Runner runner = who.equals("raw") ? new Raw(server.baseUrl())
          : new Ours(OurClient.create(server.baseUrl(), OurClient.Transport.valueOf(who)));
      // warm up: 32 MB each way, not counted
      runner.upload(block, 32);
      runner.download(32L * BLOCK);
      long baseline = HeapSampler.usedAfterGc();
      long received0 = server.bodyBytesReceived.get();
      long t0;
      long upPeak;
      long upNanos;
      try (HeapSampler s = new HeapSampler()) {
        t0 = System.nanoTime();
        runner.upload(block, mb);
        upNanos = System.nanoTime() - t0;
        upPeak = s.peak();
      }
      long wire = server.bodyBytesReceived.get() - received0;
      HeapSampler.usedAfterGc();
      long downPeak;
      long downNanos;
      long got;
      try (HeapSampler s = new HeapSampler()) {
        t0 = System.nanoTime();
        got = runner.download((long) mb * BLOCK);
        downNanos = System.nanoTime() - t0;
        downPeak = s.peak();
      }
      if (got != (long) mb * BLOCK) {
        throw new IllegalStateException("downloaded " + got + " bytes");
      }
      System.out.printf("dbfs %-7s upload %4d MB: %7.1f MB/s (%.0f MB of request bodies on the wire), peak heap +%.1f MB;"
              + " download: %7.1f MB/s, peak heap +%.1f MB; baseline %.1f MB, -Xmx %d MB%n",
          who, mb, mb / (upNanos / 1e9), wire / 1048576.0, (upPeak - baseline) / 1048576.0, mb / (downNanos / 1e9),
          (downPeak - baseline) / 1048576.0, baseline / 1048576.0, HeapSampler.maxHeap() / 1048576);
      Results.write("dbfs-" + who + ".txt", String.format(java.util.Locale.ROOT, "%.1f %.1f %.1f %.1f %d %.1f %d",
          mb / (upNanos / 1e9), (upPeak - baseline) / 1048576.0, mb / (downNanos / 1e9),
          (downPeak - baseline) / 1048576.0, mb, baseline / 1048576.0, HeapSampler.maxHeap() / 1048576));
    }
    System.exit(0);
  }

  interface Runner {
    void upload(byte[] block, int blocks) throws Exception;

    long download(long total) throws Exception;
  }

  static final class Ours implements Runner {
    final OurClient client;
    final AtomicLong checksum = new AtomicLong();

    Ours(OurClient client) {
      this.client = client;
    }

    @Override
    public void upload(byte[] block, int blocks) {
      client.dbfsUpload("/bench/file", block, blocks);
    }

    @Override
    public long download(long total) {
      return client.dbfsDownload("/bench/file", total, BLOCK, data -> checksum.addAndGet(data[0]));
    }
  }

  /** The raw loop: the same base64 block calls with java.net.http and hand-built JSON. */
  static final class Raw implements Runner {
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final String base;
    final ObjectMapper mapper = ClientBench.rawMapper();
    long checksum;

    Raw(String base) {
      this.base = base;
    }

    HttpResponse<byte[]> post(String path, byte[] body) throws Exception {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", "Bearer x").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " " + r.statusCode());
      }
      return r;
    }

    @Override
    public void upload(byte[] block, int blocks) throws Exception {
      post("/api/2.0/dbfs/create", "{\"path\":\"/bench/file\",\"overwrite\":true}".getBytes(StandardCharsets.US_ASCII));
      byte[] prefix = "{\"handle\":1,\"data\":\"".getBytes(StandardCharsets.US_ASCII);
      byte[] suffix = "\"}".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < blocks; i++) {
        byte[] b64 = Base64.getEncoder().encode(block);
        ByteArrayOutputStream body = new ByteArrayOutputStream(b64.length + 32);
        body.write(prefix);
        body.write(b64);
        body.write(suffix);
        post("/api/2.0/dbfs/add-block", body.toByteArray());
      }
      post("/api/2.0/dbfs/close", "{\"handle\":1}".getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public long download(long total) throws Exception {
      long offset = 0;
      while (offset < total) {
        long len = Math.min(BLOCK, total - offset);
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(
                URI.create(base + "/api/2.0/dbfs/read?length=" + len + "&offset=" + offset + "&path=%2Fbench%2Ffile"))
            .header("Authorization", "Bearer x").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        ReadResponse rr;
        try (java.io.InputStream in = r.body()) {
          rr = ClientBench.drained(mapper.readValue(in, ReadResponse.class), in);
        }
        checksum += rr.getData()[0];
        offset += rr.getBytesRead();
      }
      return offset;
    }
  }
}
